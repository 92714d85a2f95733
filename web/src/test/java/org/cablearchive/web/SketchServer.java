package org.cablearchive.web;

/** Serves the crafted cable from the sketch archive on port 7070 for looking at pages by hand. */
final class SketchServer {
  public static void main(String[] args) throws Exception {
    SketchArchive archive = new SketchArchive();
    archive.store(CraftedCables.hostile());
    ReadingRoom.start(archive, "127.0.0.1", 7070);
  }
}
