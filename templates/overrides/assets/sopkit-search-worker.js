/* sopkit: the search engine behind Material's search box (see sopkit/site/search.py).
 *
 * Runs as Material's search worker and speaks its protocol (SETUP -> READY, QUERY ->
 * RESULT), so Material's search box, result list, keyboard use and highlighting stay
 * as they are. Results come from the Pagefind index the build writes to pagefind/,
 * which the browser fetches in small chunks for the words of each query.
 *
 * - Query words lose their inflection endings ("Rückrufbitten" -> "rückrufbitt",
 *   "terugbellen" -> "terugbel"); Pagefind matches words by prefix.
 * - When the query finds fewer than three SOPs, each word of five letters or more is
 *   also tried with one letter left out: the index holds every word with one letter
 *   left out too, so one letter wrong, missing, extra or swapped still finds the SOP.
 * - A number in the query must be on the page: "48 hours" finds no "4 hours".
 * - One result per SOP: a location's version replaces the standard when that location
 *   is picked (the page tells this worker on the "sopkit-search" channel), or when only
 *   the version matches well; SOPs rank above other pages.
 * - The search's filters apply here, before Material counts the results: with a
 *   location picked, SOPs limited to other locations are left out; with a touchpoint
 *   picked, only its SOPs are shown. */
(function () {
  "use strict";
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var MARKER = "sopkitterms";
  /* Pagefind's ranking, its page-length normalisation weakened (0.75 by default): SOPs
   * are short pages of similar length, and at the default a short look-alike SOP
   * outranked the one that uses the query's words more often. */
  var RANKING = { pageLength: 0.3 };
  /* results whose text (a fragment) a search loads */
  var SHOWN = 12;
  var ENDINGS = ["ungen", "ingen", "ing", "en", "er", "es", "ed", "e", "s", "n"];
  var root = self.location.href.replace(/assets\/javascripts\/workers\/[^/]*$/, "");
  var pagefind = null;
  var picked = "";
  var touch = "";
  var latest = 0;
  var lastQuery = "";
  var dropped = Object.create(null);  /* no inherited keys: "constructor" is a word too */
  var channel = typeof BroadcastChannel !== "undefined" ? new BroadcastChannel("sopkit-search") : null;

  function tokens(query) {
    return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
  }

  /* A query word without its inflection ending, so that prefix matching finds the
   * word's other forms; a doubled last consonant is undoubled ("bell" -> "bel"). */
  function stem(word) {
    if (word.length < 5 || /^\d+$/.test(word)) { return word; }
    for (var i = 0; i < ENDINGS.length; i++) {
      var end = ENDINGS[i];
      if (word.length - end.length >= 4 && word.slice(-end.length) === end) {
        word = word.slice(0, -end.length);
        break;
      }
    }
    if (word.length >= 5 && /([^aeiouäöü])\1$/.test(word)) { word = word.slice(0, -1); }
    return word;
  }

  /* "4 uur" -> "4uur": the index holds each number joined to the word after it. */
  function joinUnits(words, stems) {
    var out = [];
    var changed = false;
    for (var i = 0; i < words.length; i++) {
      if (/^\d+$/.test(words[i]) && i + 1 < words.length && !/^\d/.test(words[i + 1])) {
        out.push(words[i] + stems[i + 1]);
        changed = true;
        i++;
      } else {
        out.push(stems[i]);
      }
    }
    return changed ? out.join(" ") : "";
  }

  function deletions(word) {
    var out = [];
    if (word.length < 5 || /^\d+$/.test(word)) { return out; }
    for (var i = 0; i < word.length; i++) {
      /* never a digit, as the index leaves none out: "24stunden" is no typo of "4stunden" */
      if (/\d/.test(word[i])) { continue; }
      var d = word.slice(0, i) + word.slice(i + 1);
      if (out.indexOf(d) < 0) { out.push(d); }
    }
    return out;
  }

  function escapeHTML(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;")
      .replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  function mark(text, stems) {
    var html = escapeHTML(text);
    stems.forEach(function (s) {
      if (s.length < 2) { return; }
      var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[\\p{L}\\p{N}]*)", "giu");
      html = html.replace(pattern, "$1<mark data-md-highlight>$2</mark>");
    });
    return html;
  }

  /* An SOP's metric (its location's, for a location's version), then the sentence of
   * the page's text that holds most query words, marked. */
  function snippet(content, stems, meta) {
    var text = content.split(MARKER)[0];
    var title = meta.title || "";
    var summary = meta.summary || "";
    var tags = "";
    try { tags = JSON.parse(meta.tags || "[]").join(" ").toLowerCase(); } catch (e) { tags = ""; }
    /* not the title, the metric (shown first) or the tags (the result shows them as chips) */
    var sentences = text.split(/(?<=[.!?])\s+|\n+/).filter(function (s) {
      var t = s.trim().replace(/\.$/, "");
      /* a version's card runs its location and the metric together: "📍 Amsterdam90% ..." */
      return t && t !== title && t.toLowerCase() !== tags && !(summary && t.indexOf(summary) >= 0);
    });
    var best = summary ? "" : (sentences[0] || "");
    var bestCount = 0;
    sentences.forEach(function (sentence) {
      var lower = sentence.toLowerCase();
      var count = stems.filter(function (s) { return lower.indexOf(s) >= 0; }).length;
      if (count > bestCount) { best = sentence; bestCount = count; }
    });
    if (best.length > 240) { best = best.slice(0, 240) + "…"; }
    return (summary ? "<p>" + mark(summary, stems) + "</p>" : "") +
      (best ? "<p>" + mark(best, stems) + "</p>" : "");
  }

  function start() {
    if (pagefind) { return pagefind; }
    pagefind = import(root + "pagefind/pagefind.js").then(function (module) {
      return Promise.resolve(module.options({ basePath: root + "pagefind/", ranking: RANKING }))
        .then(function () { return module.init(); })
        .then(function () { return module; });
    });
    return pagefind;
  }

  /* Pagefind's results for one query string, each with a weight. */
  /* ``need``: for a typo's variant, the word a page must hold whole (see search); a page
   * found by several variants keeps each, and one found as typed needs none. */
  function find(module, query, weight, hits, need, split) {
    return module.search(query).then(function (found) {
      var results = found && found.results || [];
      if (!results.length) { return null; }
      /* Pagefind puts, for a query word that begins no word of the index, the longest
       * word of the index that begins it ("umtausch" -> "um", "rückerstattung" -> "rück",
       * "4stund" -> "4"), for every page alike: the first result tells. A compound of
       * two words of four letters or more ("kassawachtrij") is asked for as its parts;
       * other such words match nothing. */
      var first = results[0].id;
      if (!fragments[first]) { fragments[first] = results[0].data(); }
      return fragments[first].then(function (data) {
        var tokens = pageTokens(data);
        var terms = query.split(" ");
        var ok = true;
        var parts = terms.map(function (term) {
          var t = fold(term);
          if (!t || tokens.some(function (token) { return token.indexOf(t) === 0; })) { return term; }
          ok = false;
          var head = tokens.filter(function (token) { return t.indexOf(token) === 0; })
            .reduce(function (a, b) { return b.length > a.length ? b : a; }, "");
          return head.length >= 4 && t.length - head.length >= 4 && !/\d/.test(head)
            ? head + " " + t.slice(head.length) : null;
        });
        if (ok) { add(results, weight, hits, need); return null; }
        if (split || parts.indexOf(null) >= 0) { return null; }
        return find(module, parts.join(" "), weight, hits, need, true);
      }, function () {
        /* its text did not load (a network error): keep the results unchecked, as
         * before this check, and ask again next time */
        delete fragments[first];
        add(results, weight, hits, need);
        return null;
      });
    });
  }

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  /* A page's words (its text, hidden terms and metadata), folded as Pagefind folds
   * them; a hyphenated word in parts and joined, as Pagefind indexes it. */
  function pageTokens(data) {
    var meta = data.meta || {};
    var text = fold([data.content || ""].concat(Object.keys(meta).map(function (k) { return meta[k]; })).join(" "));
    var tokens = [];
    (text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) || []).forEach(function (w) {
      tokens.push.apply(tokens, w.split("-"));
      if (w.indexOf("-") >= 0) { tokens.push(w.replace(/-/g, "")); }
    });
    return tokens;
  }

  /* Keep Pagefind's ``results``, each page at its best weight (see find). */
  function add(results, weight, hits, need) {
    results.forEach(function (result) {
      var score = result.score * weight;
      var known = hits[result.id];
      var needs = need ? [need] : null;
      if (known) {
        needs = known.need && needs ? known.need.concat(needs) : null;
      }
      if (!known || known.score < score) {
        hits[result.id] = { result: result, score: score, need: needs };
      } else {
        known.need = needs;
      }
    });
  }

  /* Whether a page holds one of ``words`` whole, or with an inflection ending ("complait"
   * of "complaits"), among its words or its hidden search terms (which hold each page
   * word with one letter left out, inflected as the page has it). */
  function holds(content, words) {
    var tokens = content.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    return tokens.some(function (token) {
      return words.some(function (word) {
        return token === word ||
          (token.indexOf(word) === 0 && ENDINGS.indexOf(token.slice(word.length)) >= 0);
      });
    });
  }

  /* The words to ask Pagefind for. Function words and the site's most common words
   * (the build lists them: each would load a large index chunk and barely changes the
   * ranking) and single letters are left out when other words remain; a number keeps
   * the word after it, its unit. */
  function plan(words) {
    var kept = words.filter(function (word, i) {
      if (/^\d+$/.test(word) || (i > 0 && /^\d+$/.test(words[i - 1]))) { return true; }
      return word.length > 1 && !dropped[word] && !dropped[stem(word)];
    });
    if (!kept.length) { kept = words; }
    var stems = kept.map(stem);
    return { words: kept, stems: stems, joined: joinUnits(kept, stems) };
  }

  function search(query, current) {
    var words = tokens(query);
    /* one letter finds half the site and loads an index chunk for nothing */
    if (!words.length || words.join("").length < 2) { return Promise.resolve({ items: [] }); }
    var asked = plan(words);
    var stems = asked.stems;
    var hits = {};
    return start().then(function (module) {
      current();
      /* pages with the number and its unit come before pages with the number alone,
       * which are asked for only when the first do not fill the list */
      var first = asked.joined ? find(module, asked.joined, 1000, hits)
        : find(module, stems.join(" "), 1, hits);
      return first.then(function () {
        if (!asked.joined || Object.keys(hits).length >= SHOWN) { return null; }
        current();
        return find(module, stems.join(" "), 1, hits);
      }).then(function () {
        current();
        return load(hits, SHOWN);
      }).then(function (pages) {
        current();
        var sops = pages.filter(function (p) { return p.data.meta.kind === "sop"; }).length;
        if (sops >= 3) { return pages; }
        var tries = [];
        asked.words.forEach(function (word, i) {
          deletions(word).forEach(function (d) {
            var variant = stems.slice();
            variant[i] = d;
            tries.push(find(module, variant.join(" "), 0.5, hits, d));
          });
        });
        if (!tries.length) { return pages; }
        return Promise.all(tries).then(function () {
          current();
          /* more than are shown: those the filter below drops must not take the places */
          return load(hits, SHOWN * 3);
        }).then(function (found) {
          /* A variant is matched by prefix, as every query word is: "ückerstattung" or
           * "tern" began words of unrelated SOPs. A page found only through a variant
           * must hold it whole: the same word with one letter wrong. */
          return found.filter(function (page) {
            return !page.need || holds(page.data.content || "", page.need);
          }).slice(0, SHOWN);
        });
      });
    }).then(function (pages) {
      var ranked = rank(withNumbers(pages, words), stems, words);
      if (ranked.items && ranked.items.length) { return ranked; }
      /* No page holds every word ("Telefonische Beschwerde": each word is on pages of
       * its own): the pages that hold any of them, rather than nothing. */
      var single = stems.filter(function (s, i) { return s.length > 2 && !/^\d+$/.test(asked.words[i]); });
      if (single.length < 2) { return ranked; }
      var some = {};
      return start().then(function (module) {
        current();
        return Promise.all(single.map(function (s) { return find(module, s, 0.3, some); }));
      }).then(function () {
        current();
        return load(some, SHOWN);
      }).then(function (found) { return rank(withNumbers(found, words), stems, words); });
    });
  }

  /* Pages that hold every number of the query ("48 hours" -> 48). Pagefind also finds
   * pages with the other words only ("4 hours"): shown for "48 hours", a hurried reader
   * takes them for a 48-hour rule. No page with the number: no result. A number said
   * with a word after it ("4 Stunden") must stand on the page with a word after it, in
   * any language ("4 uur"), not as a part of another ("4,5 Sterne", "3.4."): "4 Stunden"
   * found only the 24-hour SOP. */
  function withNumbers(pages, words) {
    var wanted = [];
    words.forEach(function (word, i) {
      if (!/^\d+$/.test(word)) { return; }
      var unit = i + 1 < words.length && !/^\d/.test(words[i + 1]);
      /* a sign or a hyphen may stand between: "95 % der", "4-hour window", "24-Stunden" */
      wanted.push(new RegExp("(^|[^\\d.,])" + word +
        (unit ? "(?![.,]\\d)[\\s%‰°€$£/\\-–]*\\p{L}" : "([^\\d]|$)"), "u"));
    });
    if (!wanted.length) { return pages; }
    return pages.filter(function (page) {
      var meta = page.data.meta || {};
      /* the page's own text, not its hidden search terms ("4stunden" was one of them) */
      var own = (page.data.content || "").split(MARKER)[0];
      var text = [meta.title || "", meta.summary || "", own].join(" ");
      return wanted.every(function (pattern) { return pattern.test(text); });
    });
  }

  var fragments = {};
  function load(hits, limit) {
    var top = Object.keys(hits).map(function (id) { return hits[id]; })
      .sort(function (a, b) { return b.score - a.score; }).slice(0, limit);
    return Promise.all(top.map(function (hit) {
      var id = hit.result.id;
      if (!fragments[id]) { fragments[id] = hit.result.data(); }
      return fragments[id].then(function (data) {
        return { data: data, score: hit.score, need: hit.need };
      });
    }));
  }

  /* Whether a page passes the search's filters (see the page's sopkit-search.js): another
   * location's version, another touchpoint, an SOP limited to other locations. */
  function applies(meta) {
    if (meta.loc && picked && meta.loc !== picked) { return false; }
    if (touch && (meta.kind !== "sop" || meta.touch !== touch)) { return false; }
    var only = (meta.only || "").split(" ").filter(Boolean);
    return !(picked && meta.kind === "sop" && only.length && only.indexOf(picked) < 0);
  }

  function rank(pages, stems, words) {
    var groups = {};
    var order = [];
    pages.forEach(function (page) {
      var meta = page.data.meta;
      var key = meta.kind === "sop" && meta.sop ? "sop:" + meta.sop : "page:" + meta.path;
      var score = page.score * (meta.kind === "sop" ? 1 : 0.25);
      if (!applies(meta)) { return; }
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push({ page: page, score: score, loc: meta.loc || "" });
    });
    var chosen = order.map(function (key) {
      var versions = groups[key];
      var best = versions.reduce(function (a, b) { return b.score > a.score ? b : a; });
      var standard = versions.filter(function (v) { return !v.loc; })[0];
      var local = versions.filter(function (v) { return picked && v.loc === picked; })[0];
      var pick = local || standard || best;
      return { page: pick.page, score: best.score };
    });
    chosen.sort(function (a, b) { return b.score - a.score; });
    var terms = {};
    words.forEach(function (w) { terms[w] = true; });
    return {
      items: chosen.map(function (c) {
        var meta = c.page.data.meta;
        var tags = [];
        try { tags = JSON.parse(meta.tags || "[]"); } catch (e) { tags = []; }
        var seen = {};
        tags = tags.filter(function (t) {  /* "Telefoon" and "telefoon": one chip */
          var key = String(t).toLowerCase();
          if (seen[key]) { return false; }
          seen[key] = true;
          return true;
        });
        /* the page's language on its title and text (WCAG 3.1.2): a screen reader reads
         * a German result in German on an English site */
        var lang = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(meta.lang || "") ? meta.lang : "";
        var open = lang ? '<span lang="' + lang + '">' : "";
        var close = lang ? "</span>" : "";
        return [{
          location: meta.path,
          title: open + escapeHTML(meta.title || "") + close,
          text: lang ? '<div lang="' + lang + '">' + snippet(c.page.data.content || "", stems, meta) + "</div>"
            : snippet(c.page.data.content || "", stems, meta),
          tags: tags.map(escapeHTML),
          score: c.score,
          terms: terms
        }];
      })
    };
  }

  /* One search at a time, the latest query next, once no key has come for QUIET ms:
   * Material sends a query for every key, and each search of a word's first letters
   * would load its own index chunks and result fragments, and keep Pagefind busy while
   * the final query waits. A search whose query is no longer the latest stops before
   * its next download (see the `current` checks in search). Each result names the
   * query it answers (Material reads only `type` and `data`), so that a page or a test
   * can tell the answer to the last key from an earlier one. */
  var QUIET = 100;
  var running = false;
  var pending = null;
  var keyed = 0;
  var timer = null;

  function Stale() {}

  function answer(query) {
    lastQuery = query;
    keyed = Date.now();
    pending = { query: query, ticket: ++latest };
    if (!running) { wait(); }
  }

  function wait() {
    clearTimeout(timer);
    timer = setTimeout(next, Math.max(0, keyed + QUIET - Date.now()));
  }

  function next() {
    var job = pending;
    pending = null;
    running = job !== null;
    if (!job) { return; }
    var current = function () {
      if (job.ticket !== latest) { throw new Stale(); }
    };
    search(job.query, current).then(function (result) {
      if (job.ticket === latest) { postMessage({ type: RESULT, data: result, query: job.query }); }
    }).catch(function (error) {
      if (error instanceof Stale) { return; }
      console.warn("sopkit search:", error);
      if (job.ticket === latest) { postMessage({ type: RESULT, data: { items: [] }, query: job.query }); }
    }).then(function () {
      running = false;
      if (pending) { wait(); }
    });
  }

  if (channel) {
    channel.onmessage = function (event) {
      var message = event.data || {};
      if (typeof message.location !== "string") { return; }
      var touchpoint = typeof message.touchpoint === "string" ? message.touchpoint : "";
      if (message.location === picked && touchpoint === touch) { return; }
      picked = message.location;
      touch = touchpoint;
      if (lastQuery) { answer(lastQuery); }
    };
    channel.postMessage({ ask: true });
  }

  addEventListener("message", function (event) {
    var message = event.data || {};
    if (message.type === SETUP) {
      var config = message.data && message.data.config || {};
      (config.sopkit && config.sopkit.drop || []).forEach(function (word) { dropped[word] = true; });
      start().then(function () { postMessage({ type: READY }); }, function (error) {
        console.warn("sopkit search: the index did not load", error);
        postMessage({ type: READY });
      });
    } else if (message.type === QUERY) {
      answer(String(message.data || ""));
    }
  });
})();
