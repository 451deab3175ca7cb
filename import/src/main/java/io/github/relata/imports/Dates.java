package io.github.relata.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Dates as front matter, JSON and WordPress exports write them: {@code 2018-03-14}, RFC 3339 / ISO 8601
 * date-times with or without an offset ({@code 2018-03-14T09:12:00+01:00}), Jekyll's {@code 2018-03-14
 * 09:12:00 +0100}, WordPress's {@code 2018-03-14 09:12:00}, and RFC 822 ({@code Wed, 14 Mar 2018 09:12:00
 * +0000}). A time without an offset is taken as UTC.
 */
final class Dates {

  private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      pattern("yyyy-MM-dd[' ']['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][' ']XXX"),
      pattern("yyyy-MM-dd[' ']['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][' ']XX"),
      DateTimeFormatter.RFC_1123_DATE_TIME);
  private static final DateTimeFormatter LOCAL = pattern("yyyy-MM-dd[' ']['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]");

  private Dates() {}

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ROOT);
  }

  /**
   * Parses a date or date-time.
   *
   * @param text the value as written
   * @return the instant (a date alone is the start of that day in UTC)
   * @throws DateTimeException if the text is none of the forms above, or names a day that does not exist
   */
  static Instant parse(String text) {
    String s = text.strip();
    if (s.endsWith(" UTC") || s.endsWith(" GMT")) {
      s = s.substring(0, s.length() - 4) + " +00:00";
    }
    if (s.length() == 10) {
      try {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new DateTimeException("not a date: '" + text + "' (expected YYYY-MM-DD)", e);
      }
    }
    for (DateTimeFormatter format : WITH_OFFSET) {
      try {
        return OffsetDateTime.parse(s, format).toInstant();
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    try {
      return LocalDateTime.parse(s.endsWith("Z") ? s.substring(0, s.length() - 1) : s, LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new DateTimeException("not a date: '" + text + "' (expected YYYY-MM-DD or an RFC 3339 date-time such as 2018-03-14T09:12:00+01:00)", e);
    }
  }
}
