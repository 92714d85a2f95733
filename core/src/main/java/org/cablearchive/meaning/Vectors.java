package org.cablearchive.meaning;

/** Arithmetic on meaning vectors. */
final class Vectors {
  private Vectors() {}

  /** The vector scaled to length 1 (a zero vector stays zero). */
  static float[] unit(float[] v) {
    double squares = 0;
    for (float x : v) {
      squares += (double) x * x;
    }
    float[] unit = new float[v.length];
    if (squares == 0) {
      return unit;
    }
    float scale = (float) (1 / Math.sqrt(squares));
    for (int i = 0; i < v.length; i++) {
      unit[i] = v[i] * scale;
    }
    return unit;
  }

  /** {@code sum += v * weight}. */
  static void add(float[] sum, float[] v, float weight) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += v[i] * weight;
    }
  }
}
