// Search and filters. Without JavaScript the form stays hidden, every event shows and the links navigate.
// The state lives in the URL (?q=…&category=…&place=…&source=…) so a filtered view can be shared.
// Typing narrows the events of this page at once; the site's search index (search.json, loaded on the
// first search) adds matches from the other pages as links to their permalinks.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  var here = body.getAttribute("data-page") || "";
  var q = document.getElementById("search-q");
  var selects = {
    category: document.getElementById("filter-category"),
    place: document.getElementById("filter-place"),
    source: document.getElementById("filter-source")
  };
  var count = document.getElementById("filter-count");
  Object.keys(selects).forEach(function (key) { if (!selects[key]) { delete selects[key]; } });  // a page without events has the search box only
  var results = document.getElementById("search-results");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var texts = null;
  var index = null;
  var loading = false;
  var MAX_RESULTS = 20;

  var MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
  var SAME = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي" };
  function normalize(text) {
    return text.replace(MARKS, "").replace(/[أإآٱىةؤئ]/g, function (c) { return SAME[c]; })
      .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x660); })
      .replace(/[\u06f0-\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x6f0); })
      .toLowerCase();
  }
  function words(text) { return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; }); }

  function state() {
    var s = { q: q.value.trim(), category: "", place: "", source: "" };
    Object.keys(selects).forEach(function (key) { s[key] = selects[key].value; });
    if (!Object.keys(selects).length) {  // the shared filters still apply to the search across the site
      var params = new URLSearchParams(location.search);
      ["category", "place", "source"].forEach(function (key) { s[key] = params.get(key) || ""; });
    }
    return s;
  }
  function placeMatches(want, country, place) {
    if (!want) { return true; }
    var cut = want.indexOf(":");
    if (cut < 0) { return country === want; }
    return country === want.slice(0, cut) && place === want.slice(cut + 1);
  }
  function matches(s, terms, text, category, country, place, sources) {
    if (s.category && category !== s.category) { return false; }
    if (!placeMatches(s.place, country, place)) { return false; }
    if (s.source && (" " + sources + " ").indexOf(" " + s.source + " ") < 0) { return false; }
    for (var i = 0; i < terms.length; i += 1) {
      if (text.indexOf(terms[i]) < 0) { return false; }
    }
    return true;
  }

  function hideEmpty() {
    Array.prototype.forEach.call(document.querySelectorAll("section.group"), function (box) {
      box.hidden = box.querySelector("li.event:not([hidden])") === null;
    });
    Array.prototype.forEach.call(document.querySelectorAll(".year-heading"), function (heading) {
      var node = heading.nextElementSibling;
      var any = false;
      while (node && !node.classList.contains("year-heading")) {
        if (node.classList.contains("group") && !node.hidden) { any = true; }
        node = node.nextElementSibling;
      }
      heading.hidden = !any;
    });
  }

  function saveState(s) {
    var params = new URLSearchParams();
    Object.keys(s).forEach(function (key) { if (s[key]) { params.set(key, s[key]); } });
    var query = params.toString();
    try {
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    } catch (e) { /* a file:// page in some browsers: the state just stays out of the URL */ }
  }

  function showResults(s, terms) {
    var list = results.querySelector("ol");
    var more = results.querySelector(".search-more");
    list.textContent = "";
    if (!index || (!terms.length && !s.category && !s.place && !s.source)) { results.hidden = true; return; }
    var fields = index.fields;
    var at = {};
    fields.forEach(function (name, i) { at[name] = i; });
    var stop = {};
    (index.stop || []).forEach(function (word) { stop[word] = true; });
    var kept = terms.filter(function (word) { return !stop[word] && word.length > 1; });
    var found = 0;
    index.events.forEach(function (row) {
      var page = index.pages[row[at.page]];
      if (page === here) { return; }
      var text = [row[at.words], normalize(row[at.title]), normalize(row[at.place]), normalize(row[at.category]), row[at.sources]].join(" ");
      if (!matches(s, kept, text, row[at.category], row[at.country], row[at.place], row[at.sources])) { return; }
      found += 1;
      if (found > MAX_RESULTS) { return; }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + page + "#event-" + row[at.id];
      link.textContent = row[at.title];
      link.setAttribute("dir", "auto");
      var when = document.createElement("span");
      when.className = "count";
      when.setAttribute("dir", "auto");
      when.textContent = " " + row[at.date];
      item.appendChild(link);
      item.appendChild(when);
      list.appendChild(item);
    });
    more.hidden = found <= MAX_RESULTS;
    more.textContent = found > MAX_RESULTS ? "+" + (found - MAX_RESULTS) : "";
    results.hidden = found === 0;
  }

  function loadIndex() {
    // A page opened from disk (file://) cannot fetch: it searches its own events only.
    if (index || loading || !window.fetch || location.protocol === "file:") { return; }
    loading = true;
    fetch(root + (body.getAttribute("data-index") || "search.json"))
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { index = data; apply(false); })
      .catch(function () { index = null; });
  }

  function apply(save) {
    var s = state();
    var terms = words(s.q);
    if (terms.length && !texts) {
      texts = events.map(function (item) { return normalize(item.textContent); });
    }
    var shown = 0;
    events.forEach(function (item, i) {
      var keep = matches(s, terms, terms.length ? texts[i] : "", item.getAttribute("data-category"),
        item.getAttribute("data-country"), item.getAttribute("data-place"), item.getAttribute("data-source"));
      item.hidden = !keep;
      if (keep) { shown += 1; }
    });
    hideEmpty();
    count.textContent = events.length ? shown + " / " + events.length : "";
    if (terms.length || s.category || s.place || s.source) { loadIndex(); }
    showResults(s, terms);
    if (save !== false) { saveState(s); }
  }

  function restore() {
    var params = new URLSearchParams(location.search);
    q.value = params.get("q") || "";
    Object.keys(selects).forEach(function (key) {
      var value = params.get(key) || "";
      var select = selects[key];
      if (value && !Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        var option = document.createElement("option");  // a shared state from another page keeps its value here
        option.value = value;
        option.textContent = value.split(":").pop();
        select.appendChild(option);
      }
      select.value = value;
    });
  }

  var timer = null;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  Object.keys(selects).forEach(function (key) { selects[key].addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  restore();
  apply(false);
  // A permalink to an event the shared filters hide: show it anyway.
  var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && target.hidden) {
    q.value = "";
    Object.keys(selects).forEach(function (key) { selects[key].value = ""; });
    apply(false);
    target.scrollIntoView();
  }
}());
