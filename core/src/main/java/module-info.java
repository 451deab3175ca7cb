/**
 * Relata: related posts for sites that publish articles.
 *
 * <p>Exports the engine ({@code io.github.relata}) and its text analysis ({@code io.github.relata.analysis}).
 */
module io.github.relata {
  exports io.github.relata;
  exports io.github.relata.analysis;

  requires com.google.common;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.jsoup;
  requires ejml.core;
  requires ejml.ddense;
  requires ejml.dsparse;
  requires static org.jspecify;
}
