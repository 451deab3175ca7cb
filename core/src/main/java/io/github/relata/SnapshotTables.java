package io.github.relata;

import io.github.relata.internal.PersistentArray;
import io.github.relata.internal.PersistentMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tables of a snapshot for {@link SnapshotReader}: how terms are written, postings, word pair
 * counts and the latent space, each as the writer wrote it from memory, checked as far as queries rely on
 * it. Not thread-safe.
 */
final class SnapshotTables {

  private final SnapshotInput in;
  private final int ordinalCount;
  private final int nextTermId;

  SnapshotTables(SnapshotInput in, int ordinalCount, int nextTermId) {
    this.in = in;
    this.ordinalCount = ordinalCount;
    this.nextTermId = nextTermId;
  }

  Surfaces surfaces() throws IOException {
    char[] chars = in.readChars("surface characters");
    int[] starts = in.readInts("surface starts");
    in.check(starts.length >= 1 && starts[0] == 0 && starts[starts.length - 1] == chars.length, "surface starts", starts.length);
    for (int i = 1; i < starts.length; i++) {
      if (starts[i] < starts[i - 1]) {
        throw in.inconsistent("surface starts in order: " + starts[i]);
      }
    }
    byte[] languageIndexes = in.readBytes("surface languages");
    int languageCount = in.readCount("surface language names", 4);
    List<String> languageNames = new ArrayList<>(languageCount);
    for (int i = 0; i < languageCount; i++) {
      languageNames.add(in.readString("surface language"));
    }
    in.check(languageIndexes.length == starts.length - 1, "a language for every base surface", languageIndexes.length);
    for (byte b : languageIndexes) {
      if (b < 0 || b >= languageCount) {
        throw in.inconsistent("a surface language index: " + b);
      }
    }
    int overlaySize = in.readCount("changed surfaces", 1);
    String[] overlay = new String[in.initial(overlaySize, 8)];
    for (int t = 0; t < overlaySize; t++) {
      if (t == overlay.length) {
        overlay = Arrays.copyOf(overlay, (int) Math.min(overlaySize, 2L * overlay.length + 16));
      }
      String entry = in.readNullableString("surface");
      if (entry != null && entry.indexOf('\u0000') < 0) {
        throw in.inconsistent("a changed surface with its language: " + entry);
      }
      overlay[t] = entry;
    }
    PersistentMap<String, String> others = PersistentMap.empty();
    int otherCount = in.readCount("surfaces in other languages", 8);
    for (int i = 0; i < otherCount; i++) {
      String key = in.readString("surface key");
      int split = key.indexOf('\u0000');
      if (split < 0 || !termIdText(key, split + 1)) {
        throw in.inconsistent("a surface key: " + key.replace('\u0000', '/'));
      }
      others = others.with(key, in.readString("surface"));
    }
    return Surfaces.restored(chars, starts, languageIndexes, languageNames, PersistentArray.of(Arrays.copyOf(overlay, overlaySize)), others);
  }

  /** Whether {@code key} from {@code from} on is a term id written in decimal. */
  private boolean termIdText(String key, int from) {
    if (key.length() == from || key.length() - from > 10) {
      return false;
    }
    long id = 0;
    for (int i = from; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      id = id * 10 + (c - '0');
    }
    return id < nextTermId;
  }

  PostingsTable postings() throws IOException {
    int[] offsets = in.readInts("postings offsets");
    int[] df = in.readInts("document frequencies");
    byte[] data = in.readBytes("postings");
    in.check(offsets.length == df.length + 1 && df.length <= nextTermId && offsets[0] == 0
        && offsets[df.length] == data.length, "postings arrays of matching lengths", offsets.length);
    for (int t = 0; t < df.length; t++) {
      if (offsets[t + 1] < offsets[t] || df[t] < 0) {
        throw in.inconsistent("postings offsets in order: " + offsets[t + 1]);
      }
      if (offsets[t + 1] > offsets[t]) {
        String problem = PostingsCodec.problem(data, offsets[t], offsets[t + 1], df[t], ordinalCount);
        if (problem != null) {
          throw in.inconsistent("the postings of term " + t + ": " + problem);
        }
      }
    }
    int overlaySize = in.readInt();
    in.check(overlaySize >= 0 && overlaySize <= nextTermId, "changed postings", overlaySize);
    int changed = in.readCount("changed terms", 8);
    Postings[] overlay = new Postings[in.initial(overlaySize, 8)];
    int previous = -1;
    for (int i = 0; i < changed; i++) {
      int term = in.readInt();
      in.check(term > previous && term < overlaySize, "changed terms in order", term);
      previous = term;
      if (term >= overlay.length) {
        overlay = Arrays.copyOf(overlay, (int) Math.min(overlaySize, Math.max(term + 1, 2L * overlay.length)));
      }
      int chunks = in.readCount("chunks of a term's postings", 5);
      Postings[] chain = new Postings[chunks];
      int[][] chunkOrdinals = new int[chunks][];
      byte[][] chunkWeights = new byte[chunks][];
      int[] chunkDf = new int[chunks];
      boolean[] baseSlice = new boolean[chunks];
      for (int c = 0; c < chunks; c++) {
        baseSlice[c] = in.readBoolean();
        chunkDf[c] = in.readInt();
        in.check(chunkDf[c] >= 0, "a document frequency", chunkDf[c]);
        if (baseSlice[c]) {
          in.check(term < df.length && offsets[term + 1] > offsets[term], "a base list of a term without one", term);
        } else {
          chunkOrdinals[c] = checkOrdinals(in.readInts("postings"));
          chunkWeights[c] = in.readBytes("postings weights");
          in.check(chunkWeights[c].length == chunkOrdinals[c].length, "a weight for every posting", chunkWeights[c].length);
        }
      }
      Postings older = null;
      for (int c = chunks - 1; c >= 0; c--) {
        older = baseSlice[c]
            ? Postings.restoredEncoded(older, data, offsets[term], df[term], chunkDf[c])
            : Postings.restored(older, chunkOrdinals[c], chunkWeights[c], 0, chunkOrdinals[c].length, chunkDf[c]);
        chain[c] = older;
      }
      overlay[term] = chain[0];
    }
    return PostingsTable.restored(offsets, df, data, PersistentArray.of(Arrays.copyOf(overlay, overlaySize)));
  }

  private int[] checkOrdinals(int[] ordinals) throws IOException {
    for (int o : ordinals) {
      if (o < 0 || o >= ordinalCount) {
        throw in.inconsistent("a posting's post ordinal (below " + ordinalCount + "): " + o);
      }
    }
    return ordinals;
  }

  PairCounts pairCounts() throws IOException {
    int[] keys = in.readInts("pair hashes");
    int[] counts = in.readInts("pair counts");
    boolean sorted = keys.length == counts.length;
    for (int i = 0; sorted && i < keys.length; i++) {
      sorted = counts[i] > 0 && (i == 0 || keys[i - 1] < keys[i]);
    }
    in.check(sorted, "distinct ascending pair hashes, each with a positive count", keys.length);
    PersistentMap<Integer, Integer> overlay = PersistentMap.empty();
    int n = in.readCount("changed pair counts", 8);
    for (int i = 0; i < n; i++) {
      overlay = overlay.with(in.readInt(), in.readInt());
    }
    return PairCounts.restored(keys, counts, overlay);
  }

  /** Reads the latent space, whose word pairs are named by the ranks of {@code keys} (by term id). */
  @Nullable LatentSpace latent(String[] keys) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    int dimensions = in.readInt();
    in.check(dimensions >= 1 && dimensions <= 1000, "latent dimensions", dimensions);
    int trainedOn = in.readInt();
    int termCount = in.readInt();
    in.check(termCount >= 0 && termCount <= nextTermId, "terms when the latent space was learned", termCount);
    long[] features = in.readLongs("latent features");
    for (long f : features) {
      if (!LatentColumns.isPairFeature(f) && (f < 0 || f >= termCount)) {
        throw in.inconsistent("a latent feature: " + f);
      }
    }
    float[] rows = in.readFloats("latent rows");
    float[] mean = in.readFloats("latent mean");
    in.check(rows.length == (long) features.length * dimensions && mean.length == dimensions, "latent rows for every feature", rows.length);
    return LatentSpace.restored(dimensions, termCount, features, rows, trainedOn, mean, keys);
  }
}
