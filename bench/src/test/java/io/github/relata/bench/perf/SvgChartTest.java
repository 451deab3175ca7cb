package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

final class SvgChartTest {

  /** Parses XML the safe way: no DTDs, no external entities. */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void bars_wellFormedWithSeriesAndCategories() throws Exception {
    String svg = SvgChart.bars("nDCG@10", "nDCG@10", List.of("reuters21578_en", "bbc_news_en"),
        List.of(new SvgChart.Series("relata", new double[] {0.894, 0.9}),
            new SvgChart.Series("plain-tfidf", new double[] {0.844, Double.NaN}),
            new SvgChart.Series("lucene-mlt", new double[] {0.822, 0.85})));

    Document document = parse(svg);

    assertEquals("svg", document.getDocumentElement().getLocalName());
    List<String> texts = texts(document);
    assertTrue(texts.containsAll(List.of("relata", "plain-tfidf", "lucene-mlt", "reuters21578_en", "bbc_news_en", "0.894")), texts.toString());
    assertEquals(5, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() - 1 - 3, "5 bars (and background and 3 legend keys)");
  }

  @Test
  void lines_wellFormedWithSeriesAndSizeTicks() throws Exception {
    String svg = SvgChart.lines("Latency", "posts", "ms", new double[] {10_000, 100_000, 1_000_000},
        List.of(new SvgChart.Series("relata", new double[] {0.3, 0.9, Double.NaN}),
            new SvgChart.Series("lucene-mlt", new double[] {0.6, 2.4, 20})));

    List<String> texts = texts(parse(svg));

    assertTrue(texts.containsAll(List.of("relata", "lucene-mlt", "10k", "100k", "1M", "20.0")), texts.toString());
  }

  @Test
  void text_isEscaped() throws Exception {
    String name = "a<b & \"c\" 'd' >";
    String svg = SvgChart.bars("T & <title>", "y", List.of("x<y"), List.of(new SvgChart.Series(name, new double[] {1})));

    List<String> texts = texts(parse(svg));

    assertTrue(texts.contains(name), texts.toString());
    assertTrue(texts.contains("x<y"), texts.toString());
    assertTrue(texts.contains("T & <title>"), texts.toString());
  }

  @Test
  void escape_replacesMarkupCharacters() {
    assertEquals("&lt;&amp;&gt;&quot;&apos;x", SvgChart.escape("<&>\"'\u0001x"));
  }

  @Test
  void niceMax_roundsUp() {
    assertEquals(1.0, SvgChart.niceMax(0.93), 1e-12);
    assertEquals(25.0, SvgChart.niceMax(21), 1e-12);
    assertEquals(1.0, SvgChart.niceMax(0), 1e-12);
    assertEquals(3.0, SvgChart.niceMax(2.54), 1e-12);
  }

  @Test
  void tick_decimalsOfTheStep() {
    assertEquals("4.5", SvgChart.tick(4.5, 1.5));
    assertEquals("0.25", SvgChart.tick(0.25, 0.25));
    assertEquals("20", SvgChart.tick(20, 5));
  }

  @Test
  void sizeLabel_thousandsAndMillions() {
    assertEquals("10k", SvgChart.sizeLabel(10_000));
    assertEquals("1M", SvgChart.sizeLabel(1_000_000));
  }
}
