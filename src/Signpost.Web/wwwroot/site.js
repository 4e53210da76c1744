// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function reveal(selector) {
    document.querySelectorAll(selector).forEach(function (el) { el.hidden = false; });
  }

  function copyTarget(button) {
    var code = button.previousElementSibling;
    return code && code.tagName === "CODE" ? code.textContent : "";
  }

  function setupCopy() {
    if (!navigator.clipboard) { return; }
    reveal("button.copy");
    document.addEventListener("click", function (event) {
      var button = event.target.closest("button.copy");
      if (!button) { return; }
      var label = button.textContent;
      navigator.clipboard.writeText(copyTarget(button)).then(function () {
        button.textContent = "✓";
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
  }

  function newKey() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
  }

  function setupOutcomes() {
    reveal(".outcome");
    document.addEventListener("click", function (event) {
      var button = event.target.closest(".outcome button[data-worked]");
      if (!button) { return; }
      var box = button.closest(".outcome");
      var status = box.querySelector(".outcome-status");
      var body = { entry: box.dataset.entry, workaround: Number(box.dataset.workaround), worked: button.dataset.worked === "true" };
      box.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      fetch("/api/v1/outcomes", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": box.dataset.key || (box.dataset.key = newKey()) },
        body: JSON.stringify(body)
      }).then(function (response) {
        status.textContent = response.ok ? status.dataset.thanks : status.dataset.unavailable;
        if (!response.ok) { box.querySelectorAll("button").forEach(function (b) { b.disabled = false; }); }
      }).catch(function () {
        status.textContent = status.dataset.unavailable;
        box.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
      });
    });
  }

  function setupJsonForms() {
    document.querySelectorAll("form[data-json-form]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var status = form.querySelector(".form-status");
        var body = {};
        new FormData(form).forEach(function (value, key) { if (String(value).trim() !== "") { body[key] = value; } });
        fetch(form.dataset.api || form.getAttribute("action"), {
          method: "POST",
          headers: { "Content-Type": "application/json", "Accept": "application/json, application/problem+json" },
          body: JSON.stringify(body)
        }).then(function (response) {
          if (response.ok) { status.textContent = status.dataset.sent; form.reset(); return; }
          return response.json().catch(function () { return {}; }).then(function (problem) {
            status.textContent = status.dataset.failed + " " + (problem.detail || problem.title || response.status);
          });
        }).catch(function () { status.textContent = status.dataset.failed; });
      });
    });
  }

  setupCopy();
  setupOutcomes();
  setupJsonForms();
}());
