package org.cablearchive.network;

import java.util.Arrays;

/** A growing list of ints, for the network's tables (a boxed list of a million entries costs ten times as much). */
final class IntList {
  private int[] values;
  private int size;

  IntList() {
    this(16);
  }

  IntList(int capacity) {
    values = new int[Math.max(4, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  void set(int index, int value) {
    values[index] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
