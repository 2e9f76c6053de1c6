// The HTML report's filters: by severity and by rule; a mark stays coloured while one of its findings is shown.
(function () {
  "use strict";
  function checked(selector) {
    var out = {};
    document.querySelectorAll(selector).forEach(function (box) { out[box.value] = box.checked; });
    return out;
  }
  function apply() {
    var severities = checked(".filter-severity");
    var rules = checked(".filter-rule");
    var only = document.getElementById("only-with-findings").checked;
    document.querySelectorAll("ol.findings li").forEach(function (item) {
      var shown = severities[item.dataset.severity] !== false && rules[item.dataset.rule] !== false;
      item.classList.toggle("hidden", !shown);
    });
    document.querySelectorAll("mark.finding").forEach(function (mark) {
      var ids = mark.dataset.ids.split(" ");
      var shown = ids.some(function (id) {
        var item = document.getElementById(id);
        return item && !item.classList.contains("hidden");
      });
      mark.classList.toggle("off", !shown);
      if (shown) { mark.setAttribute("tabindex", "0"); } else { mark.removeAttribute("tabindex"); }
    });
    document.querySelectorAll("section.draft").forEach(function (section) {
      var visible = section.querySelectorAll("ol.findings li:not(.hidden)").length;
      section.classList.toggle("hidden", only && visible === 0);
    });
    document.querySelectorAll("svg.chart g.chart-row").forEach(function (row) {
      row.style.opacity = rules[row.dataset.rule] === false ? "0.25" : "1";
    });
  }
  document.querySelectorAll(".filter-severity, .filter-rule, #only-with-findings").forEach(function (box) {
    box.addEventListener("change", apply);
  });
  apply();
})();
