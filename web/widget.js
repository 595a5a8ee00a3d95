/*
 * Safeguarding assistant chat widget. Plain JavaScript, no build step.
 *
 * Embed on any page with one tag (the server is where the Rasa server runs):
 *   <script src="https://assistant.example.org/webhooks/web/widget.js" defer></script>
 * Optional attributes: data-exit-url="https://www.bbc.co.uk/weather" (where quick exit goes),
 * data-server="https://assistant.example.org" (when the script is served from elsewhere).
 *
 * Talks to Rasa's socketio channel (session persistence on). Keeps no transcript in storage:
 * only a random session id in sessionStorage, removed by quick exit and by "End chat".
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var server = (script && script.getAttribute("data-server")) || new URL(script.src).origin;
  var exitUrl = (script && script.getAttribute("data-exit-url")) || "https://www.bbc.co.uk/weather";
  var base = server + "/webhooks/web/";
  var SESSION_KEY = "sa-session-id";
  var socket = null;
  var sessionId = null;
  var shiftPresses = [];
  var connectedBefore = false;

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // ---- quick exit (GOV.UK "Exit this page" pattern) ----
  function quickExit(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.classList.add("sa-exiting");
    try { window.sessionStorage.removeItem(SESSION_KEY); } catch (e) { /* storage blocked */ }
    if (socket) { socket.disconnect(); }
    window.location.replace(exitUrl);
  }

  // Shift pressed 3 times in a row within 5 seconds; any other key starts the count again,
  // so capital letters typed in the chat do not trigger it.
  function onKeydown(event) {
    if (event.key !== "Shift") { shiftPresses = []; return; }
    if (event.repeat) { return; }
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (time) { return now - time < 5000; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) { quickExit(); }
  }

  // ---- the page furniture: exit button, 999 line, launcher, panel ----
  var exitBar = el("div", { "class": "sa-exit" });
  var exitButton = el("a", { "class": "sa-exit-button", href: exitUrl, rel: "noreferrer", role: "button" }, "Exit this page");
  var exitHelp = el("a", { "class": "sa-exit-help", href: base + "quick-exit" }, "How quick exit works");
  var exitHint = el("span", { "class": "sa-visually-hidden" }, " (or press Shift 3 times)");
  exitButton.appendChild(exitHint);
  exitBar.appendChild(exitButton);
  exitBar.appendChild(exitHelp);

  var dock = el("div", { "class": "sa-dock" });
  var danger = el("p", { "class": "sa-danger" });
  danger.appendChild(el("strong", {}, "In danger now? Call 999"));
  var launcher = el("button", { type: "button", "class": "sa-launcher", "aria-expanded": "false", "aria-controls": "sa-panel" },
    "Chat: worried about a child?");
  dock.appendChild(danger);
  dock.appendChild(launcher);

  var panel = el("section", { id: "sa-panel", "class": "sa-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "sa-title", hidden: "" });
  var header = el("div", { "class": "sa-header" });
  header.appendChild(el("h2", { id: "sa-title" }, "Keeping children safe: chat"));
  var closeButton = el("button", { type: "button", "class": "sa-close" }, "Close");
  closeButton.appendChild(el("span", { "class": "sa-visually-hidden" }, " chat (Escape)"));
  header.appendChild(closeButton);
  var panelDanger = el("p", { "class": "sa-danger sa-danger-panel" });
  panelDanger.appendChild(el("strong", {}, "In danger now? Call 999"));
  var status = el("p", { "class": "sa-status", role: "status" });
  var log = el("div", { "class": "sa-log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
  var form = el("form", { "class": "sa-form" });
  var label = el("label", { "for": "sa-input" }, "Your message");
  var input = el("textarea", { id: "sa-input", rows: "2", maxlength: "2000", autocomplete: "off" });
  var send = el("button", { type: "submit", "class": "sa-send" }, "Send");
  var end = el("button", { type: "button", "class": "sa-end" }, "End chat");
  var textOnly = el("a", { "class": "sa-text-only", href: base + "text" }, "Text-only version");
  form.appendChild(label);
  form.appendChild(input);
  var actions = el("div", { "class": "sa-actions" });
  actions.appendChild(send);
  actions.appendChild(end);
  actions.appendChild(textOnly);
  form.appendChild(actions);
  [header, panelDanger, status, log, form].forEach(function (node) { panel.appendChild(node); });

  // ---- messages ----
  function addLine(parent, text, isBot) {
    var p = el("p");
    if (!isBot) { p.textContent = text; parent.appendChild(p); return; }
    // Bot text: plain text, with web addresses from the bot's own responses made into links.
    var pattern = /\b((?:https?:\/\/|www\.)[\w.-]+\.[a-z]{2,}(?:\/[\w.\/-]*)?)/gi;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      p.appendChild(document.createTextNode(text.slice(last, match.index)));
      var href = /^https?:/i.test(match[1]) ? match[1] : "https://" + match[1];
      var a = el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, match[1]);
      p.appendChild(a);
      last = match.index + match[1].length;
    }
    p.appendChild(document.createTextNode(text.slice(last)));
    parent.appendChild(p);
  }

  function addMessage(who, text) {
    var message = el("div", { "class": "sa-msg sa-" + who });
    message.appendChild(el("span", { "class": "sa-visually-hidden" }, who === "user" ? "You said: " : "Assistant: "));
    String(text).split("\n").forEach(function (line) { if (line.trim()) { addLine(message, line, who === "bot"); } });
    log.appendChild(message);
    log.scrollTop = log.scrollHeight;
    return message;
  }

  function clearOptions() {
    Array.prototype.forEach.call(log.querySelectorAll(".sa-options"), function (node) { node.remove(); });
  }

  function addOptions(buttons) {
    var list = el("ul", { "class": "sa-options", "aria-label": "Choose an answer, or type your own" });
    buttons.forEach(function (button) {
      var item = el("li");
      var choice = el("button", { type: "button", "class": "sa-option" }, button.title);
      choice.addEventListener("click", function () { sendMessage(button.payload, button.title); });
      item.appendChild(choice);
      list.appendChild(item);
    });
    log.appendChild(list);
  }

  function onBotMessage(message) {
    if (message.text) { addMessage("bot", message.text); }
    var buttons = message.quick_replies || message.buttons;
    if (buttons && buttons.length) { addOptions(buttons); }
  }

  function sendMessage(payload, shown) {
    if (!payload || !socket) { return; }
    clearOptions();
    addMessage("user", shown || payload);
    socket.emit("user_uttered", { message: payload, session_id: sessionId });
  }

  // ---- connection ----
  function connect() {
    if (socket) { return; }
    try { sessionId = window.sessionStorage.getItem(SESSION_KEY); } catch (e) { sessionId = null; }
    if (!sessionId) {
      sessionId = randomId();
      try { window.sessionStorage.setItem(SESSION_KEY, sessionId); } catch (e) { /* storage blocked */ }
    }
    status.textContent = "Connecting…";
    socket = window.io(server, { path: "/socket.io", transports: ["websocket", "polling"] });
    socket.on("connect", function () { socket.emit("session_request", { session_id: sessionId }); });
    socket.on("session_confirm", function () {
      status.textContent = connectedBefore ? "Connected again." : "Connected. Type your message below.";
      connectedBefore = true;
      if (!log.children.length) {
        addMessage("bot", "Tell me what is worrying you, or ask about Sarah's Law. Nothing is saved on this device.");
      }
    });
    socket.on("bot_uttered", onBotMessage);
    socket.on("disconnect", function () { status.textContent = "Connection lost. Reconnecting…"; });
    socket.io.on("reconnect_failed", function () {
      status.textContent = "Cannot connect. Please try again later, or use the text-only version. In an emergency call 999.";
    });
  }

  function loadSocketIo(then) {
    if (window.io) { then(); return; }
    var tag = el("script", { src: base + "socket.io.min.js" });
    tag.onload = then;
    tag.onerror = function () { status.textContent = "The chat could not load. Please use the text-only version. In an emergency call 999."; };
    document.head.appendChild(tag);
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    loadSocketIo(connect);
    input.focus();
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  function endChat() {
    try { window.sessionStorage.removeItem(SESSION_KEY); } catch (e) { /* storage blocked */ }
    if (socket) { socket.disconnect(); socket = null; }
    sessionId = null;
    connectedBefore = false;
    log.textContent = "";
    status.textContent = "Chat ended. Nothing is kept on this device.";
    close();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) { open(); } else { close(); } });
  closeButton.addEventListener("click", close);
  end.addEventListener("click", endChat);
  exitButton.addEventListener("click", quickExit);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") { close(); } });
  document.addEventListener("keydown", onKeydown);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { status.textContent = "Type a message first."; input.focus(); return; }
    input.value = "";
    sendMessage(text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });

  var style = el("link", { rel: "stylesheet", href: base + "widget.css" });
  document.head.appendChild(style);
  document.body.insertBefore(exitBar, document.body.firstChild);
  document.body.appendChild(dock);
  document.body.appendChild(panel);
}());
