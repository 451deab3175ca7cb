package io.github.relata.imports;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.jspecify.annotations.Nullable;

/**
 * The one way importers parse XML: woodstox StAX with DTDs and external entities off, any DOCTYPE refused
 * before anything else is read (so no external entity is fetched and no entity is expanded: no XXE, no
 * billion laughs), attributes no longer than a post, elements at most {@value #MAX_DEPTH} deep, and text
 * delivered in segments, so that a huge element is never held whole.
 */
final class SecureXml {

  /** The deepest element nesting accepted; feeds and exports need about six. */
  static final int MAX_DEPTH = 200;

  /** Thrown for a DOCTYPE declaration. */
  static final class DoctypeRefused extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    DoctypeRefused(Location location) {
      super("declares a DOCTYPE, which Relata refuses (no DTDs, no external entities)", location);
    }
  }

  private SecureXml() {}

  /** Returns a reader of {@code in} that refuses DOCTYPEs. */
  static XMLStreamReader reader(InputStream in, ImportOptions options) throws XMLStreamException {
    InputStream checked;
    try {
      checked = Utf8Check.wrap(in);
    } catch (java.io.IOException e) {
      throw new XMLStreamException(e.getMessage(), e);
    }
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("refers to an external entity (" + systemId + "), which Relata refuses");
    });
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, (int) Math.min(Integer.MAX_VALUE, options.maxPostBytes()));
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    return new StreamReaderDelegate(factory.createXMLStreamReader(checked)) {
      @Override
      public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
          throw new DoctypeRefused(getLocation());
        }
        return event;
      }
    };
  }

  /** Returns the line an XML error is on, or 0. */
  static int line(XMLStreamException e) {
    if (badByte(e) != null) {
      return badByte(e).line;
    }
    Location at = e.getLocation();
    return at == null ? 0 : at.getLineNumber();
  }

  /** Returns what is wrong with a document that could not be parsed, in words. */
  static String message(XMLStreamException e) {
    if (e instanceof DoctypeRefused) {
      return problem(e);
    }
    Utf8Check.BadByte bad = badByte(e);
    return bad != null ? bad.getMessage() : "not well-formed XML: " + problem(e);
  }

  private static Utf8Check.@Nullable BadByte badByte(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Utf8Check.BadByte bad) {
        return bad;
      }
      if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t.getCause()) {
        Utf8Check.BadByte nested = badByte(x.getNestedException());
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  /** Returns an XML error's message without the location woodstox prefixes to it. */
  static String problem(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    message = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    message = message.replaceFirst("(?s)\\s*at \\[row,col \\{[^}]*\\}\\]: \\[\\d+,\\d+\\].*$", "");
    return message.strip();
  }
}
