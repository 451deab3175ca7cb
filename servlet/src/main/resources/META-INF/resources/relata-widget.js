/*
 * Relata related-posts widget: one script tag, no dependencies.
 *
 * With the JSON API (RelatedPostsServlet, the Spring Boot starter):
 *   <script src="/relata-widget.js" data-post-id="my-post" data-endpoint="/related" data-limit="5" defer></script>
 * On a static page, from a data file in the API's JSON format (one list, or an array of lists, one a post;
 * "{id}" in data-src stands for the post id):
 *   <script src="/relata-widget.js" data-post-id="my-post" data-src="/data/related.json" defer></script>
 *
 * Fetches GET {endpoint}/{post-id}?limit={limit} (or data-src) and renders, right after the script tag (or
 * into the element matched by data-target), the markup of the server-rendered fragment:
 *
 *   <section class="relata-related" lang="sv" aria-labelledby="...">
 *     <h2 class="relata-heading">Relaterade inlägg</h2>
 *     <ul class="relata-list"><li class="relata-item" data-post-id="...">
 *       <time class="relata-date" datetime="2018-03-14">14 mars 2018</time>
 *       <h3 class="relata-title"><a href="...">Title</a></h3>
 *       <p class="relata-excerpt">Excerpt, clamped to two lines…</p>
 *       <a class="relata-more" href="...">Läs hela artikeln</a></li></ul>
 *   </section>
 *
 * Options (data-*): post-id (required), endpoint (default "/related"), src (a data file instead of the API),
 * limit (default 5), heading and read-more (default in the list's language, Swedish or English),
 * heading-level (2), target (a CSS selector). Post text is only ever set with textContent, and links must be
 * http(s) addresses or relative references. Served from the relata-servlet jar at /relata-widget.js by any
 * servlet container and by Spring Boot.
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

  var CLAMP = 'margin: 0 0 0.3em 0; line-height: 1.4; display: -webkit-box; -webkit-box-orient: vertical; ' +
    '-webkit-line-clamp: 2; line-clamp: 2; overflow: hidden';

  function renderItem(item, labels, lang, level) {
    var li = element('li', 'relata-item');
    li.style.margin = '0 0 1.4em 0';
    li.setAttribute('data-post-id', String(item.id));
    if (item.date) {
      var time = element('time', 'relata-date', dateText(item, lang));
      time.setAttribute('datetime', String(item.date));
      li.appendChild(time);
    }
    var url = safeUrl(item.url);
    var title = element('h' + Math.min(6, level + 1), 'relata-title');
    title.style.margin = '0.15em 0 0.3em 0';
    if (url) {
      var link = element('a', null, item.title);
      link.href = url;
      title.appendChild(link);
    } else {
      title.textContent = String(item.title);
    }
    li.appendChild(title);
    if (item.excerpt) {
      var excerpt = element('p', 'relata-excerpt', item.excerpt);
      excerpt.setAttribute('style', CLAMP);
      li.appendChild(excerpt);
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
  var src = option('src', null);
  var maxItems = Math.max(1, parseInt(limit, 10) || 5);
  var section = element('section', 'relata-related');
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

  var url = src
    ? src.replace('{id}', encodeURIComponent(postId))
    : endpoint + '/' + encodeURIComponent(postId) + '?limit=' + encodeURIComponent(limit);

  // A data file may hold one list or an array of them; the API answers with the post's list.
  function listOf(data) {
    if (Array.isArray(data)) {
      for (var i = 0; i < data.length; i++) {
        if (data[i] && String(data[i].id) === postId) {
          return data[i];
        }
      }
      return { id: postId, related: [] };
    }
    if (src && data && data.id !== undefined && String(data.id) !== postId) {
      return { id: postId, related: [] };
    }
    return data || {};
  }

  fetch(url, { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('GET ' + url + ' answered ' + response.status);
      }
      return response.json();
    })
    .then(function (json) {
      var data = listOf(json);
      var items = (Array.isArray(data.related) ? data.related : []).slice(0, maxItems);
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
      list.setAttribute('style', 'list-style: none; padding: 0; margin: 0');
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
