// The local page: lint as the user types (debounced), highlight, list, apply safe fixes, copy.
// Offsets from the API count Unicode code points; JavaScript strings count UTF-16 units.
(function () {
  "use strict";
  var DELAY = 250;
  var $ = function (id) { return document.getElementById(id); };
  var draft = $("draft"), preview = $("preview"), list = $("findings"), status = $("status");
  var sequence = 0, timer = null;
  var current = { text: null, findings: [], lang: "en" };
  var LABELS = {
    en: { none: "No findings.", findings: " findings", finding: " finding", fix: "Fix", suggestion: "Suggestion", copied: "Copied.", lang: { en: "English", ja: "Japanese" } },
    ja: { none: "指摘はありません。", findings: "件の指摘", finding: "件の指摘", fix: "修正", suggestion: "提案", copied: "コピーしました。", lang: { en: "英語", ja: "日本語" } }
  };

  function labels() { return LABELS[current.lang] || LABELS.en; }

  function recipient() {
    var out = {}, any = false;
    document.querySelectorAll("input.recipient").forEach(function (input) {
      var value = input.value.trim();
      if (!value) { return; }
      any = true;
      out[input.dataset.key] = input.dataset.key === "interests"
        ? value.split(/[,、，]/).map(function (s) { return s.trim(); }).filter(Boolean)
        : value;
    });
    return any ? out : null;
  }

  function busy() { document.body.dataset.state = "checking"; }  // "idle" once the shown findings match the draft

  function schedule() {
    busy();
    clearTimeout(timer);
    timer = setTimeout(check, DELAY);
  }

  function check() {
    busy();
    clearTimeout(timer);
    var text = draft.value, mine = ++sequence;
    var body = { text: text, platform: $("platform").value, lang: $("lang").value || null, recipient: recipient() };
    fetch("/api/lint", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (answer) {
        if (mine !== sequence) { return; }  // a newer request is on its way
        if (!answer.ok) { showError(answer.data.error || "error"); return; }
        current = { text: text, findings: answer.data.findings, lang: answer.data.lang === "ja" ? "ja" : "en" };
        render();
      })
      .catch(function (error) { if (mine === sequence) { showError("The server did not answer: " + error); } });
  }

  function showError(message) {
    status.textContent = message;
    status.className = "error";
  }

  function unitIndex(text) {  // code point index -> UTF-16 index
    var index = [0], units = 0;
    for (var ch of text) { units += ch.length; index.push(units); }
    return index;
  }

  function tip(f) {
    return f.code + " " + f.rule + ": " + f.message + (f.suggestion ? "\n" + labels().suggestion + ": " + f.suggestion : "");
  }

  var RANK = { info: 0, warning: 1, error: 2 };

  function render() {
    var text = current.text, findings = current.findings, index = unitIndex(text);
    var lang = current.lang;
    draft.setAttribute("lang", lang);
    preview.setAttribute("lang", lang);
    preview.textContent = "";
    var cuts = [0, index.length - 1];
    findings.forEach(function (f) { if (f.end > f.start) { cuts.push(f.start, f.end); } });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1];
      var piece = text.slice(index[a], index[b]);
      var over = [];
      findings.forEach(function (f, i) { if (f.end > f.start && f.start <= a && b <= f.end) { over.push(i); } });
      if (!over.length) { preview.appendChild(document.createTextNode(piece)); continue; }
      var worst = over.reduce(function (w, i) { return RANK[findings[i].severity] > RANK[findings[w].severity] ? i : w; }, over[0]);
      var mark = document.createElement("mark");
      mark.className = "finding sev-" + findings[worst].severity;
      mark.tabIndex = 0;
      mark.dataset.ids = over.map(function (i) { return "finding-" + i; }).join(" ");
      mark.setAttribute("aria-describedby", mark.dataset.ids);
      mark.dataset.tip = over.map(function (i) { return tip(findings[i]); }).join("\n\n");
      mark.textContent = piece;
      preview.appendChild(mark);
    }
    list.textContent = "";
    list.setAttribute("lang", lang);
    findings.forEach(function (f, i) {
      var item = document.createElement("li");
      item.id = "finding-" + i;
      item.className = "sev-" + f.severity;
      item.dataset.rule = f.code;
      item.dataset.severity = f.severity;
      var badge = document.createElement("span");
      badge.className = "badge sev-" + f.severity;
      badge.textContent = f.severity;
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = f.line + ":" + f.column;
      var code = document.createElement("span");
      code.className = "code";
      code.textContent = f.code + " " + f.rule;
      item.append(badge, where, code, " " + f.message);
      if (f.fixable && f.fix) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "fix";
        button.textContent = labels().fix + " → " + (f.fix.replacement || "∅");
        button.addEventListener("click", function () { applyFixes([f]); });
        item.appendChild(button);
      }
      if (f.suggestion) {
        var suggestion = document.createElement("span");
        suggestion.className = "suggestion";
        suggestion.textContent = labels().suggestion + ": " + f.suggestion;
        item.appendChild(suggestion);
      }
      list.appendChild(item);
    });
    var n = findings.length, L = labels();
    status.className = "meta";
    status.textContent = n ? n + (n === 1 ? L.finding : L.findings) + " · " + (L.lang[current.lang] || current.lang) : L.none;
    $("fix-all").disabled = !findings.some(function (f) { return f.fixable && f.fix; });
    if (draft.value === current.text) { document.body.dataset.state = "idle"; }
  }

  function applyFixes(findings) {
    if (draft.value !== current.text) { check(); return; }  // typed since: check again first
    var fixes = findings.filter(function (f) { return f.fixable && f.fix; }).map(function (f) { return f.fix; });
    fixes.sort(function (x, y) { return x.start - y.start || x.end - y.end; });
    var chosen = [], end = -1;
    fixes.forEach(function (fix) { if (fix.start >= end) { chosen.push(fix); end = fix.end; } });
    var chars = Array.from(current.text);
    chosen.reverse().forEach(function (fix) {
      chars.splice(fix.start, fix.end - fix.start, ...Array.from(fix.replacement));
    });
    draft.value = chars.join("");
    check();
  }

  function copy() {
    var done = function () { status.className = "meta"; status.textContent = labels().copied; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(draft.value).then(done, fallback);
    } else {
      fallback();
    }
    function fallback() {
      draft.select();
      try { document.execCommand("copy"); done(); } catch (e) { showError(String(e)); }
    }
  }

  draft.addEventListener("input", schedule);
  ["platform", "lang"].forEach(function (id) { $(id).addEventListener("change", check); });
  document.querySelectorAll("input.recipient").forEach(function (input) { input.addEventListener("input", schedule); });
  $("fix-all").addEventListener("click", function () { applyFixes(current.findings); });
  $("copy").addEventListener("click", copy);
  if (draft.value) { check(); }
})();
