package io.github.relata;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The immutable list of a related post's shared terms, worked out on first use: finding their surface
 * forms means analysing the query post again, which callers that only need ids and scores (a batch run,
 * an evaluation) should not pay for. Thread-safe.
 */
final class SharedTerms extends AbstractList<String> implements RandomAccess {

  private final Supplier<List<String>> terms;

  SharedTerms(java.util.function.Supplier<List<String>> compute) {
    this.terms = Suppliers.memoize(() -> List.copyOf(compute.get()));
  }

  @Override
  public String get(int index) {
    return terms.get().get(index);
  }

  @Override
  public int size() {
    return terms.get().size();
  }
}
