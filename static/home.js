// Home page: narrate through the JSON API and follow progress live (Server-Sent Events).
// Without JavaScript the form posts normally and the server redirects to the article's page.
"use strict";
(function () {
  const form = document.getElementById("narrate-form");
  if (!form || !window.fetch || !window.EventSource) return;
  const panel = document.getElementById("suivi");
  const bar = document.getElementById("progression");
  const text = document.getElementById("progression-texte");
  const link = document.getElementById("progression-lien");
  const fields = ["text", "html", "url"];

  function clearErrors() {
    for (const name of fields.concat(["form"])) {
      const error = document.getElementById("erreur-" + name);
      error.hidden = true;
      error.textContent = "";
      const input = document.getElementById("champ-" + name);
      if (input) { input.removeAttribute("aria-invalid"); input.removeAttribute("aria-describedby"); }
    }
  }

  function showError(name, message) {
    const error = document.getElementById("erreur-" + name);
    error.textContent = message;
    error.hidden = false;
    const input = document.getElementById("champ-" + name);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", "erreur-" + name);
      input.focus();
    }
  }

  function follow(id, links) {
    panel.hidden = false;
    link.hidden = false;
    link.querySelector("a").href = links.page;
    text.textContent = "Préparation en cours…";
    const events = new EventSource(links.events);
    const update = (event) => {
      const data = JSON.parse(event.data);
      bar.value = data.percent;
      if (data.status === "ready") {
        text.textContent = "L'article est prêt à écouter.";
        events.close();
      } else if (data.status === "failed") {
        text.textContent = "La narration a échoué : " + (data.error || "erreur inconnue");
        events.close();
      } else {
        const chapter = data.current_chapter ? " (" + data.current_chapter + ")" : "";
        text.textContent = "Préparation : " + data.percent + " %" + chapter + (data.first_chapter_ready ? ". Le début est déjà écoutable." : "");
      }
    };
    events.addEventListener("progress", update);
    events.addEventListener("ready", update);
    events.addEventListener("failed", update);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const values = Object.fromEntries(new FormData(form));
    const filled = fields.filter((name) => (values[name] || "").trim());
    if (filled.length !== 1) {
      showError("form", filled.length ? "Remplissez un seul des trois champs." : "Collez un article, son HTML ou son adresse.");
      return;
    }
    const body = { [filled[0]]: values[filled[0]], engine: values.engine };
    let response;
    try {
      response = await fetch("/api/articles", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    } catch (error) {
      showError("form", "Le service ne répond pas. Vérifiez votre connexion et réessayez.");
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      showError(response.status === 422 || response.status === 413 ? filled[0] : "form", answer.detail || "La demande a échoué.");
      return;
    }
    follow(answer.id, answer.links);
  });
})();
