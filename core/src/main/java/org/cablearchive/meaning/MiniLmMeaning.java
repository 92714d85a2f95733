package org.cablearchive.meaning;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.model.Cable;

/**
 * The archive's meaning model: all-MiniLM-L6-v2 ({@link SentenceEncoder}) reading a cable's opening
 * ({@link CableOpening}). Each passage is read on its own, up to {@link #PIECES_PER_PASSAGE} word pieces,
 * and passages are read until {@link #OPENING_PIECES} pieces in all; the cable's vector is the mean of
 * the passages' vectors, each counted by its pieces (as if the opening were read at once). The passages'
 * vectors come free with it: a search by meaning shows the passage nearest the query.
 *
 * <p>The model is loaded on first use (about a second), so that commands that never embed do not wait.
 */
public final class MiniLmMeaning implements MeaningModel {
  /** The model's own window: it was trained on texts of up to 128 word pieces. */
  static final int PIECES_PER_PASSAGE = 128;
  /** How much of a cable's opening is read (docs/meaning.md weighs reading more against its cost). */
  static final int OPENING_PIECES = 256;
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
      if (pieces >= OPENING_PIECES) {
        break;
      }
      SentenceEncoder.Encoded encoded = model.encode(passage.text());
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
          encoder = new SentenceEncoder(PIECES_PER_PASSAGE);
        }
        loaded = encoder;
      }
    }
    return loaded;
  }
}
