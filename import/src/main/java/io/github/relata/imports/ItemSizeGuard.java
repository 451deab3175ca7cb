package io.github.relata.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Passes a feed's XML on to the document builder, but keeps no text of an item (RSS {@code <item>}, Atom
 * {@code <entry>}) once that item's text passes the post limit: the item is marked, its text is dropped,
 * and the importer skips it. It also notes the line each item starts on.
 */
final class ItemSizeGuard extends StreamReaderDelegate {

  private final long maxChars;
  private final List<Integer> lines = new ArrayList<>();
  private final Set<Integer> tooLarge = new HashSet<>();
  private final List<Long> sizes = new ArrayList<>();
  private int itemDepth = -1;
  private int depth;
  private long chars;

  ItemSizeGuard(XMLStreamReader reader, long maxChars) {
    super(reader);
    this.maxChars = maxChars;
  }

  @Override
  public int next() throws XMLStreamException {
    int event = super.next();
    if (event == XMLStreamConstants.START_ELEMENT) {
      depth++;
      String name = getLocalName();
      if (itemDepth < 0 && (name.equals("item") || name.equals("entry"))) {
        itemDepth = depth;
        chars = 0;
        lines.add(getLocation().getLineNumber());
        sizes.add(0L);
      }
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      if (depth == itemDepth) {
        itemDepth = -1;
      }
      depth--;
    } else if (itemDepth > 0 && isText(event)) {
      chars += super.getTextLength();
      sizes.set(sizes.size() - 1, chars);
      if (chars > maxChars) {
        tooLarge.add(lines.size());
      }
    }
    return event;
  }

  @Override
  public String getText() {
    return itemDepth > 0 && tooLarge.contains(lines.size()) && isText(getEventType()) ? "" : super.getText();
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE;
  }

  /** Returns the line on which the {@code number}th item (1-based) starts, or 0. */
  int line(int number) {
    return number <= lines.size() ? lines.get(number - 1) : 0;
  }

  /** Returns whether the {@code number}th item's text passed the limit. */
  boolean tooLarge(int number) {
    return tooLarge.contains(number);
  }

  /** Returns the characters of text the {@code number}th item holds. */
  long size(int number) {
    return number <= sizes.size() ? sizes.get(number - 1) : 0;
  }
}
