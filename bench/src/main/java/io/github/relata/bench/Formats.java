package io.github.relata.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting that matches Python's {@code f"{x:.3f}"}, so reports compare digit for digit. */
final class Formats {

  private Formats() {}

  /** Returns {@code value} with {@code decimals} digits, rounding the exact binary value half-even. */
  static String decimals(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    }
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Returns {@code value} with three decimals, as {@code score_related.py} prints it. */
  static String threeDecimals(double value) {
    return decimals(value, 3);
  }
}
