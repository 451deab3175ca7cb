package io.github.relata;

import io.github.relata.internal.PersistentArray;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link IndexData} in the {@link SnapshotFormat}: everything a query or a later change reads,
 * as it is, so that a loaded snapshot answers and changes exactly as the saved one (nothing is learned
 * or measured again). {@link SnapshotFiles} puts it in a file atomically.
 */
final class SnapshotWriter {

  private final IndexData index;
  private final SnapshotOutput out;

  private SnapshotWriter(IndexData index, SnapshotOutput out) {
    this.index = index;
    this.out = out;
  }

  /** Writes {@code index} to {@code stream}, which stays open. */
  static void write(IndexData index, OutputStream stream) throws IOException {
    SnapshotWriter writer = new SnapshotWriter(index, new SnapshotOutput(stream));
    try {
      writer.writeAll();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void writeAll() throws IOException {
    out.section("HEAD");
    SnapshotSettings.of(index).write(out);
    out.section("SIZE");
    out.writeInt(index.ordinalCount());
    out.writeInt(index.liveCount());
    out.writeInt(index.nextTermId());
    out.writeInt(index.folded());
    out.writeDouble(index.totalLength());
    out.writeDouble(index.densitySum());
    out.writeInt(index.densityCount());
    out.section("ARTD");
    out.writeBytes(index.articles().bytes());
    out.section("DOCS");
    for (int o = 0; o < index.ordinalCount(); o++) {
      Doc doc = index.doc(o);
      out.writeBoolean(doc != null);
      if (doc != null) {
        if (index.ordinals().get(doc.id()) != o) {
          throw new IllegalStateException("post " + doc.id() + " is at ordinal " + o + " but its id maps to " + index.ordinals().get(doc.id()));
        }
        writeDoc(doc);
      }
    }
    out.section("TERM");
    writeDictionary();
    out.section("SURF");
    writeSurfaces(index.surfaces());
    out.section("POST");
    writePostings(index.postings());
    out.section("PAIR");
    PairCounts pairs = index.pairCounts();
    out.writeInts(pairs.baseKeys());
    out.writeInts(pairs.baseCounts());
    out.writeInt(pairs.overlay().size());
    pairs.overlay().forEach((hash, count) -> write(() -> {
      out.writeInt(hash);
      out.writeInt(count);
    }));
    out.section("LANG");
    out.writeInt(index.languages().size());
    index.languages().forEach((language, count) -> write(() -> {
      out.writeString(language);
      out.writeInt(count);
    }));
    out.section("LATN");
    writeLatent(index.latent());
    out.finish();
  }

  private void writeDoc(Doc doc) throws IOException {
    Article a = doc.article();
    out.writeString(a.id());
    out.writeString(a.title());
    out.writeString(a.summary());
    out.writeString(a.body());
    out.writeBoolean(a.published() != null);
    if (a.published() != null) {
      out.writeLong(a.published().getEpochSecond());
      out.writeInt(a.published().getNano());
    }
    writeLabels(a.tags());
    writeLabels(a.categories());
    out.writeNullableString(a.author());
    out.writeNullableString(a.url());
    out.writeNullableString(a.language());
    out.writeString(doc.language);
    DocVectors v = doc.vectors();
    out.writeInts(v.terms);
    out.writeChars(v.storedTfs());
    out.writeLongs(v.pairs);
    out.writeChars(v.storedPairTfs());
    out.writeInts(v.grams);
    out.writeChars(v.storedGramTfs());
    out.writeInts(v.labels);
    out.writeFloat(doc.length);
    out.writeInts(v.titlePositions);
    byte[] latent = doc.latent();
    out.writeBoolean(latent != null);
    if (latent != null) {
      out.writeFloat(LatentVector.scale(latent));
      out.writeBytes(LatentVector.codes(latent));
    }
    out.writeFloat(doc.density);
  }

  private void writeLabels(Set<String> labels) throws IOException {
    out.writeInt(labels.size());
    for (String label : labels) {
      out.writeString(label);
    }
  }

  /** Every term id's key, in id order; a flag first, as an id may have none. */
  private void writeDictionary() throws IOException {
    String[] keys = new String[index.nextTermId()];
    index.dictionary().forEach((key, id) -> {
      if (id < 0 || id >= keys.length || keys[id] != null) {
        throw new IllegalStateException("term " + key + " has id " + id + ", outside [0, " + keys.length + ") or taken");
      }
      keys[id] = key;
    });
    out.writeInt(keys.length);
    for (String key : keys) {
      out.writeNullableString(key);
    }
  }

  private void writeSurfaces(Surfaces surfaces) throws IOException {
    out.writeChars(surfaces.baseChars());
    out.writeInts(surfaces.baseStarts());
    out.writeBytes(surfaces.baseLanguageIndexes());
    out.writeInt(surfaces.baseLanguageList().size());
    for (String language : surfaces.baseLanguageList()) {
      out.writeString(language);
    }
    PersistentArray<String> overlay = surfaces.overlay();
    out.writeInt(overlay.size());
    for (int t = 0; t < overlay.size(); t++) {
      out.writeNullableString(overlay.get(t));
    }
    out.writeInt(surfaces.others().size());
    surfaces.others().forEach((key, surface) -> write(() -> {
      out.writeString(key);
      out.writeString(surface);
    }));
  }

  /**
   * The base arrays as they are (the lists in {@link PostingsCodec}'s bytes), then each changed term's
   * chain of chunks, newest first: a chunk that is the term's whole base list by reference, any other by
   * its entries.
   */
  private void writePostings(PostingsTable table) throws IOException {
    int[] offsets = table.baseOffsets();
    out.writeInts(offsets);
    out.writeInts(table.baseDf());
    out.writeBytes(table.baseData());
    PersistentArray<Postings> overlay = table.overlay();
    out.writeInt(overlay.size());
    int changed = 0;
    for (int t = 0; t < overlay.size(); t++) {
      changed += overlay.get(t) == null ? 0 : 1;
    }
    out.writeInt(changed);
    for (int t = 0; t < overlay.size(); t++) {
      Postings head = overlay.get(t);
      if (head == null) {
        continue;
      }
      out.writeInt(t);
      int chunks = 0;
      for (Postings p = head; p != null; p = p.older()) {
        chunks++;
      }
      out.writeInt(chunks);
      for (Postings p = head; p != null; p = p.older()) {
        boolean baseList = p.isEncoded();
        if (baseList && !(p.weightArray() == table.baseData() && t + 1 < offsets.length && p.from() == offsets[t])) {
          throw new IllegalStateException("the encoded postings of term " + t + " are not its base list");
        }
        out.writeBoolean(baseList);
        out.writeInt(p.df());
        if (!baseList) {
          int[] ordinals = Arrays.copyOfRange(p.ordinalArray(), p.from(), p.from() + p.length());
          out.writeInts(ordinals);
          out.writeBytes(p.weightArray(), p.from(), p.from() + p.length());
        }
      }
    }
  }

  private void writeLatent(@Nullable LatentSpace space) throws IOException {
    out.writeBoolean(space != null);
    if (space == null) {
      return;
    }
    out.writeInt(space.dimensions());
    out.writeInt(space.trainedOn());
    out.writeInt(space.termCount());
    out.writeLongs(space.features());
    out.writeFloats(space.rows());
    out.writeFloats(space.mean());
  }

  /** Lets a {@code forEach} over a persistent structure write, carrying the I/O error out. */
  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
