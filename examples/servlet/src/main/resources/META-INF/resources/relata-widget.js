/*
 * Relata related-posts widget: one script tag, no dependencies.
 *
 *   <script src="/relata-widget.js" data-post-id="my-post" data-endpoint="/related"
 *           data-limit="5" data-heading="Related posts" defer></script>
 *
 * Fetches GET {endpoint}/{post-id}?limit={limit} (the JSON of RelatedPostsServlet or the Spring controller)
 * and renders, right after the script tag (or into the element matched by data-target):
 *
 *   <section class="relata-widget" aria-labelledby="...">
 *     <h2>Related posts</h2>
 *     <ul><li><time datetime="2018-03-14">March 14, 2018</time> <h3><a href="...">Title</a></h3>
 *         <p>Excerpt…</p> <a href="...">Read the whole article</a></li></ul>
 *   </section>
 *
 * Options (data-*): post-id (required), endpoint (default "/related"), limit (default 5), heading and
 * read-more (default in the list's language, Swedish or English), heading-level (2), target (a CSS selector).
 * Post text is only ever set with textContent, and links must be paths or http(s) addresses.
 * Served from the relata-examples-servlet jar at /relata-widget.js by any servlet container and by Spring Boot.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    return;
  }

  var LABELS = {
    sv: { heading: 'Relaterade inlägg', readMore: 'Läs hela artikeln', failed: 'Relaterade inlägg kunde inte hämtas.' },
    en: { heading: 'Related posts', readMore: 'Read the whole article', failed: 'Related posts could not be loaded.' }
  };

  function option(name, fallback) {
    var value = script.getAttribute('data-' + name);
    return value === null || value === '' ? fallback : value;
  }

  function labelsFor(lang) {
    var code = String(lang || '').toLowerCase().split('-')[0];
    return LABELS[code] || LABELS.en;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function safeUrl(url) {
    if (typeof url !== 'string' || url === '') {
      return null;
    }
    try {
      var parsed = new URL(url, document.baseURI);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function dateText(item, lang) {
    if (item.dateText) {
      return item.dateText;
    }
    var options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(lang || undefined, options).format(new Date(item.date + 'T00:00:00Z'));
  }

  function renderItem(item, labels, lang, level) {
    var li = element('li', 'relata-item');
    li.setAttribute('data-post-id', String(item.id));
    if (item.date) {
      var time = element('time', 'relata-date', dateText(item, lang));
      time.setAttribute('datetime', String(item.date));
      li.appendChild(time);
    }
    var url = safeUrl(item.url);
    var title = element('h' + Math.min(6, level + 1), 'relata-title');
    if (url) {
      var link = element('a', null, item.title);
      link.href = url;
      title.appendChild(link);
    } else {
      title.textContent = String(item.title);
    }
    li.appendChild(title);
    if (item.excerpt) {
      li.appendChild(element('p', 'relata-excerpt', item.excerpt));
    }
    if (url) {
      var more = element('a', 'relata-more', option('read-more', labels.readMore));
      more.href = url;
      li.appendChild(more);
    }
    return li;
  }

  var postId = option('post-id', null);
  var endpoint = option('endpoint', '/related').replace(/\/+$/, '');
  var limit = option('limit', '5');
  var level = Math.max(1, Math.min(5, parseInt(option('heading-level', '2'), 10) || 2));
  var section = element('section', 'relata-widget');
  section.id = 'relata-widget-' + Math.random().toString(36).slice(2, 10);
  section.setAttribute('aria-busy', 'true');
  var targetSelector = option('target', null);
  var target = targetSelector ? document.querySelector(targetSelector) : null;
  if (target) {
    target.appendChild(section);
  } else {
    script.parentNode.insertBefore(section, script.nextSibling);
  }
  if (!postId) {
    section.setAttribute('aria-busy', 'false');
    console.warn('relata-widget: data-post-id is missing');
    return;
  }

  var url = endpoint + '/' + encodeURIComponent(postId) + '?limit=' + encodeURIComponent(limit);
  fetch(url, { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('GET ' + url + ' answered ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var items = Array.isArray(data.related) ? data.related : [];
      var labels = labelsFor(data.lang);
      section.setAttribute('lang', String(data.lang || 'en'));
      section.setAttribute('aria-busy', 'false');
      if (items.length === 0) {
        section.hidden = true;
        return;
      }
      var heading = element('h' + level, 'relata-heading', option('heading', labels.heading));
      heading.id = section.id + '-heading';
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var list = element('ul', 'relata-list');
      items.forEach(function (item) {
        list.appendChild(renderItem(item, labels, data.lang, level));
      });
      section.appendChild(list);
      section.setAttribute('data-state', 'loaded');
    })
    .catch(function (error) {
      section.setAttribute('aria-busy', 'false');
      section.setAttribute('data-state', 'failed');
      section.appendChild(element('p', 'relata-error', labelsFor(document.documentElement.lang).failed));
      console.warn('relata-widget:', error);
    });
})();
