// Home: narrate through the JSON API (errors shown beside their field) and open the listening page at once.
// Without JavaScript the form posts and the server redirects to that page.
import { startLibrary } from "./library.js";
import * as store from "./storage.js";

startLibrary();
const form = document.getElementById("narrate-form");
const FIELDS = ["url", "text", "html"];

function clearErrors() {
  for (const name of FIELDS.concat(["form"])) {
    const error = document.getElementById("erreur-" + name);
    error.hidden = true;
    error.textContent = "";
    const input = document.getElementById("champ-" + name);
    if (input) { input.removeAttribute("aria-invalid"); input.removeAttribute("aria-describedby"); }
  }
}

// The message appears next to its field and focus goes there, so a screen reader says it at once.
function showError(name, message) {
  const error = document.getElementById("erreur-" + name);
  error.textContent = message;
  error.hidden = false;
  const input = document.getElementById("champ-" + name);
  if (input) {
    if (name === "html") input.closest("details").open = true;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "erreur-" + name);
    input.focus();
  } else {
    error.focus();
  }
}

if (form && window.fetch && window.EventSource) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const values = Object.fromEntries(new FormData(form));
    const filled = FIELDS.filter((name) => (values[name] || "").trim());
    if (filled.length !== 1) {
      showError("form", filled.length ? "Remplissez un seul champ\u00a0: l'adresse, le texte ou le HTML." : "Donnez l'adresse d'un article, ou collez son texte ou son HTML.");
      return;
    }
    const body = { [filled[0]]: values[filled[0]], engine: values.engine };
    let response;
    try {
      response = await fetch("/api/articles", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
    } catch (error) {
      showError("form", "Le service ne répond pas. Vérifiez votre connexion et réessayez.");
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const onField = response.status === 422 || response.status === 413;
      showError(onField ? filled[0] : "form", answer.message || "La demande a échoué. Réessayez dans un instant.");
      return;
    }
    form.reset();
    // The listening page at once, as without JavaScript: it loads while the opening renders, shows the
    // preparation, and plays the opening the moment it can (the listener asked to hear the article).
    store.autoplay.want(answer.id);
    location.assign(answer.links.page);
  });
}
