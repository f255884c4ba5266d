// Optional filtering by category and year. Without JavaScript the form stays hidden and every event shows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var category = document.getElementById("filter-category");
  var year = document.getElementById("filter-year");
  var count = document.getElementById("filter-count");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));

  function hideEmpty(selector) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (box) {
      box.hidden = box.querySelector("li.event:not([hidden])") === null;
    });
  }

  function apply() {
    var shown = 0;
    events.forEach(function (item) {
      var keep = (!category.value || item.getAttribute("data-category") === category.value) &&
                 (!year.value || item.getAttribute("data-year") === year.value);
      item.hidden = !keep;
      if (keep) { shown += 1; }
    });
    hideEmpty("li.group");
    hideEmpty("li.year");
    count.textContent = shown + " / " + events.length;
  }

  category.addEventListener("change", apply);
  year.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
}());
