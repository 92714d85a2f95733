package org.cablearchive.meaning;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.model.Cable;

/**
 * The archive's meaning model: all-MiniLM-L6-v2 ({@link SentenceEncoder}) reading a cable's opening
 * ({@link CableOpening}). Its passages are read in turn, each on its own, until {@link #OPENING_PIECES}
 * word pieces in all (the last passage read is cut there); the cable's vector is the mean of the
 * passages' vectors, each counted by its pieces (as if the opening were read at once). The passages'
 * vectors come free with it: a search by meaning shows the passage nearest the query.
 *
 * <p>The model is loaded on first use (about a second), so that commands that never embed do not wait.
 */
public final class MiniLmMeaning implements MeaningModel {
  /**
   * How much of a cable's opening is read, in word pieces: the model's own window (it was trained on
   * texts of up to 128). Reading twice as much took twice as long and found cited cables no better and
   * known cables worse (docs/meaning.md).
   */
  static final int OPENING_PIECES = 128;
  /** The shortest passage worth reading at the end of the opening: its two marks and a few words. */
  private static final int FEWEST_PIECES = 8;
  /** Changes whenever a cable's vector would: the model, the passages read, how they are combined. */
  public static final String NAME = "all-MiniLM-L6-v2-q/opening-" + OPENING_PIECES + "/v1";

  private volatile SentenceEncoder encoder;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimensions() {
    return SentenceEncoder.DIMENSIONS;
  }

  @Override
  public CableMeaning meaningOf(Cable cable) {
    SentenceEncoder model = encoder();
    float[] sum = new float[SentenceEncoder.DIMENSIONS];
    List<CableMeaning.Passage> read = new ArrayList<>();
    int pieces = 0;
    for (CableOpening.Passage passage : CableOpening.passages(cable)) {
      if (OPENING_PIECES - pieces < FEWEST_PIECES) {
        break;
      }
      SentenceEncoder.Encoded encoded = model.encode(passage.text(), OPENING_PIECES - pieces);
      Vectors.add(sum, encoded.vector(), encoded.pieces());
      read.add(new CableMeaning.Passage(passage.paragraph(), encoded.vector()));
      pieces += encoded.pieces();
    }
    return new CableMeaning(Vectors.unit(sum), read);
  }

  @Override
  public float[] meaningOf(String text) {
    return encoder().encode(text).vector();
  }

  private SentenceEncoder encoder() {
    SentenceEncoder loaded = encoder;
    if (loaded == null) {
      synchronized (this) {
        if (encoder == null) {
          encoder = new SentenceEncoder(OPENING_PIECES);
        }
        loaded = encoder;
      }
    }
    return loaded;
  }
}
