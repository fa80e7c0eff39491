/*
 * Outcomes Bot web chat page.
 * Plain browser script (no build step, no inline script, no requests to other sites).
 * Needs window.WebChat from /webchat/webchat.js, loaded before this file.
 */
(function () {
  'use strict';

  var DIRECT_LINE = location.origin + '/v3/directline';
  var CHAT_KEY = 'outcomesBot.chat.v1';
  var PREFS_KEY = 'outcomesBot.prefs.v1';
  var MODE_KEY = 'outcomesBot.mode.v1';
  var EASY_READ = 'easy_read';
  var STANDARD = 'standard';
  var FONT = [
    '"Atkinson Hyperlegible"',
    '"Segoe UI"',
    'system-ui',
    '-apple-system',
    '"Helvetica Neue"',
    'Arial',
    'sans-serif',
  ].join(', ');

  var root = document.documentElement;
  var chatElement = document.getElementById('chat');
  var speech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window ? window.speechSynthesis : null;

  // ---------------------------------------------------------------- storage

  function readJson(key) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (error) {
      return null;
    }
  }

  function writeJson(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(value));
    } catch (error) {
      // Private browsing or storage turned off: the page still works, it just forgets on reload.
    }
  }

  // ---------------------------------------------------------------- settings

  var PREF_NAMES = ['largerText', 'highContrast', 'spacing', 'reducedMotion', 'autoRead'];
  var PREF_CLASSES = {
    largerText: 'pref-larger-text',
    highContrast: 'pref-high-contrast',
    spacing: 'pref-spacing',
  };
  var prefs = (function () {
    var saved = readJson(PREFS_KEY) || {};
    var result = {};
    PREF_NAMES.forEach(function (name) {
      result[name] = saved[name] === true;
    });
    return result;
  })();
  var motionQuery = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

  function reducedMotion() {
    return prefs.reducedMotion || Boolean(motionQuery && motionQuery.matches);
  }

  function applyPrefs() {
    Object.keys(PREF_CLASSES).forEach(function (name) {
      root.classList.toggle(PREF_CLASSES[name], prefs[name]);
    });
    root.classList.toggle('motion-reduced', reducedMotion());
  }

  function setupSettings() {
    var details = document.getElementById('settings');
    var summary = details.querySelector('summary');
    var boxes = details.querySelectorAll('input[type="checkbox"][data-pref]');
    Array.prototype.forEach.call(boxes, function (box) {
      var name = box.getAttribute('data-pref');
      box.checked = prefs[name];
      box.addEventListener('change', function () {
        prefs[name] = box.checked;
        writeJson(PREFS_KEY, prefs);
        applyPrefs();
        if (name === 'autoRead' && !box.checked) stopReading();
        renderChat();
      });
    });
    if (!speech) {
      var autoRead = document.getElementById('pref-auto-read');
      autoRead.checked = false;
      autoRead.disabled = true;
      document.getElementById('speech-missing').hidden = false;
    }
    function close(returnFocus) {
      details.open = false;
      if (returnFocus) summary.focus();
    }
    document.getElementById('settings-close').addEventListener('click', function () {
      close(true);
    });
    details.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && details.open) {
        event.preventDefault();
        close(true);
      }
    });
    document.addEventListener('click', function (event) {
      if (details.open && !details.contains(event.target)) close(false);
    });
    if (motionQuery && motionQuery.addEventListener) {
      motionQuery.addEventListener('change', function () {
        applyPrefs();
        renderChat();
      });
    }
  }

  // ---------------------------------------------------------------- reading mode and progress

  var mode = readJson(MODE_KEY) === EASY_READ ? EASY_READ : STANDARD;

  function applyMode() {
    root.classList.toggle('mode-easy-read', mode === EASY_READ);
    root.classList.toggle('mode-standard', mode !== EASY_READ);
    root.setAttribute('data-mode', mode);
  }

  function setMode(next) {
    if (next !== EASY_READ && next !== STANDARD) return;
    if (next === mode) return;
    mode = next;
    writeJson(MODE_KEY, mode);
    applyMode();
    // Web Chat's sizes come from styleOptions: render again, after the current dispatch.
    window.setTimeout(renderChat, 0);
  }

  function showProgress(progress) {
    if (!progress || typeof progress.stage !== 'number' || typeof progress.of !== 'number' || progress.of < 1) return;
    var stage = Math.max(1, Math.min(progress.stage, progress.of));
    document.getElementById('progress-text').textContent = 'Part ' + stage + ' of ' + progress.of;
    document.getElementById('progress-fill').style.width = Math.round((stage / progress.of) * 100) + '%';
    document.getElementById('progress').hidden = false;
  }

  // ---------------------------------------------------------------- read aloud

  /** The bot's messages since the person last wrote: what "Read to me" reads. */
  var latestTurn = [];
  /** Off while an old chat's history is replayed after a reload, so it is not read out again. */
  var readNewMessages = true;
  var pendingUtterances = 0;
  var readButton = document.getElementById('read-aloud');
  var readLabel = document.getElementById('read-aloud-label');

  function plainText(text) {
    return String(text || '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`#>~|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** What to say for one bot message: its `speak` text, else its text, then its choices. */
  function speechFor(activity) {
    var parts = [];
    var said = plainText(activity.speak || activity.text);
    if (said) parts.push(said);
    var actions = activity.suggestedActions && activity.suggestedActions.actions;
    if (actions && actions.length) {
      var titles = actions
        .map(function (action) {
          return plainText(action.title || action.value);
        })
        .filter(Boolean);
      if (titles.length === 1) parts.push('You can pick: ' + titles[0] + '.');
      else if (titles.length > 1) parts.push('You can pick: ' + titles.slice(0, -1).join(', ') + ', or ' + titles[titles.length - 1] + '.');
    }
    return parts.join(' ');
  }

  /** Short pieces: some browsers stop long utterances part way. */
  function sentences(text) {
    var pieces = text.match(/[^.!?\n]+[.!?]*\s*/g) || [text];
    return pieces
      .map(function (piece) {
        return piece.trim();
      })
      .filter(Boolean);
  }

  var preferredVoice = null;
  function pickVoice() {
    if (preferredVoice || !speech) return preferredVoice;
    var voices = speech.getVoices() || [];
    preferredVoice =
      voices.filter(function (voice) {
        return /^en[-_]GB$/i.test(voice.lang) && voice.localService;
      })[0] ||
      voices.filter(function (voice) {
        return /^en[-_]GB$/i.test(voice.lang);
      })[0] ||
      null;
    return preferredVoice;
  }

  function updateReadButton() {
    var reading = pendingUtterances > 0;
    readButton.setAttribute('aria-pressed', reading ? 'true' : 'false');
    readLabel.textContent = reading ? 'Stop reading' : 'Read to me';
    root.classList.toggle('is-reading', reading);
  }

  function speakText(text, interrupt) {
    if (!speech || !text) return;
    if (interrupt) stopReading();
    sentences(text).forEach(function (piece) {
      var utterance = new window.SpeechSynthesisUtterance(piece);
      utterance.lang = 'en-GB';
      utterance.rate = mode === EASY_READ ? 0.85 : 0.95;
      var voice = pickVoice();
      if (voice) utterance.voice = voice;
      var done = false;
      var finish = function () {
        if (done) return;
        done = true;
        pendingUtterances = Math.max(0, pendingUtterances - 1);
        updateReadButton();
      };
      utterance.onend = finish;
      utterance.onerror = finish;
      pendingUtterances += 1;
      speech.speak(utterance);
    });
    updateReadButton();
  }

  function stopReading() {
    pendingUtterances = 0;
    if (speech) speech.cancel();
    updateReadButton();
  }

  function readLatest() {
    if (pendingUtterances > 0) {
      stopReading();
      return;
    }
    var text = latestTurn.map(speechFor).filter(Boolean).join(' ');
    if (!text) text = 'There is nothing to read yet.';
    speakText(text, true);
  }

  function setupReadAloud() {
    if (!speech) {
      readButton.hidden = true;
      return;
    }
    readButton.addEventListener('click', readLatest);
    if (speech.addEventListener) {
      speech.addEventListener('voiceschanged', function () {
        preferredVoice = null;
      });
    }
  }

  // ---------------------------------------------------------------- Web Chat pieces

  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;

  /**
   * A React element without a copy of React: the Web Chat bundle keeps its React to itself, and
   * a middleware only has to return elements. Plain objects in the shape React 16 expects.
   */
  function h(type, props) {
    var children = Array.prototype.slice.call(arguments, 2);
    var allProps = {};
    var key = null;
    Object.keys(props || {}).forEach(function (name) {
      if (name === 'key') key = String(props[name]);
      else allProps[name] = props[name];
    });
    if (children.length === 1) allProps.children = children[0];
    else if (children.length > 1) allProps.children = children;
    return { $$typeof: REACT_ELEMENT, type: type, key: key, ref: null, props: allProps, _owner: null, _store: {} };
  }

  function speakerIcon() {
    return h(
      'svg',
      { className: 'read-one__icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
      h('path', { key: 'a', d: 'M4 9v6h4l5 4V5L8 9H4z', fill: 'currentColor' }),
      h('path', {
        key: 'b',
        d: 'M16 8.5a5 5 0 0 1 0 7',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeLinecap: 'round',
      }),
    );
  }

  function isBotMessage(activity) {
    return Boolean(
      activity &&
        activity.type === 'message' &&
        activity.from &&
        activity.from.role === 'bot' &&
        (activity.speak || activity.text),
    );
  }

  /** Under each bot message, beside its time: a button that reads that message aloud. */
  function activityStatusMiddleware() {
    return function (next) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var status = next.apply(null, args);
        var activity = args[0] && args[0].activity;
        if (!speech || !isBotMessage(activity)) return status;
        return h(
          'span',
          { className: 'read-one__status' },
          h(
            'button',
            {
              key: 'read',
              type: 'button',
              className: 'read-one',
              title: 'Read this message out loud',
              onClick: function () {
                speakText(speechFor(activity), true);
              },
            },
            speakerIcon(),
            h('span', { className: 'read-one__label' }, 'Read this'),
          ),
          status || null,
        );
      };
    };
  }

  /** The picture the bot sent with an easy-read question (`channelData.outcomes.symbol`), if it is one of ours. */
  function symbolOf(activity) {
    var outcomes = activity && activity.channelData && activity.channelData.outcomes;
    var symbol = outcomes && outcomes.symbol;
    if (!symbol || typeof symbol.url !== 'string' || typeof symbol.alt !== 'string' || !symbol.alt.trim()) return null;
    // Same-origin symbol files only: the bot names them, the page never loads a picture from elsewhere.
    if (!/^\/assets\/symbols\/[a-z0-9-]+\.svg$/.test(symbol.url)) return null;
    return symbol;
  }

  /** Easy-read questions: the symbol sits to the left of the message, so the picture is seen first. */
  var DRAFT_CONTENT_TYPE = 'application/vnd.outcomes.draft+json';

  /** The draft as data is for programs, not people: it would show as an empty bubble. */
  function withoutDraftData(args) {
    var activity = args[0] && args[0].activity;
    if (!activity || !activity.attachments || !activity.attachments.length) return args;
    var shown = activity.attachments.filter(function (a) {
      return !a || a.contentType !== DRAFT_CONTENT_TYPE;
    });
    if (shown.length === activity.attachments.length) return args;
    var copy = Object.assign({}, args[0], { activity: Object.assign({}, activity, { attachments: shown }) });
    return [copy].concat(args.slice(1));
  }

  function activityMiddleware() {
    return function (next) {
      return function () {
        var args = withoutDraftData(Array.prototype.slice.call(arguments));
        var render = next.apply(null, args);
        var activity = args[0] && args[0].activity;
        var symbol = isBotMessage(activity) ? symbolOf(activity) : null;
        if (!render || !symbol) return render;
        return function () {
          return h(
            'div',
            { className: 'symbol-row' },
            h('img', { key: 'symbol', className: 'symbol-row__symbol', src: symbol.url, alt: symbol.alt, width: 48, height: 48 }),
            h('div', { key: 'message', className: 'symbol-row__message' }, render.apply(null, arguments)),
          );
        };
      };
    };
  }

  var STRINGS = {
    TEXT_INPUT_ALT: 'Your answer',
    TEXT_INPUT_PLACEHOLDER: 'Type your answer here',
    TEXT_INPUT_SEND_BUTTON_ALT: 'Send',
    SUGGESTED_ACTIONS_LABEL_ALT: 'Choices you can pick',
    CONNECTIVITY_STATUS_ALT_CONNECTING: 'Connecting…',
    CONNECTIVITY_STATUS_ALT_FATAL: 'The chat cannot connect. Please try again later.',
    CONNECTIVITY_STATUS_ALT_RECONNECTING: 'The connection dropped. Trying again…',
  };

  function styleOptions() {
    var easy = mode === EASY_READ;
    var contrast = prefs.highContrast;
    var accent = contrast ? '#000000' : '#1f5f8b';
    var border = contrast ? '#000000' : '#c9d4df';
    var sizeStep = (easy ? 1 : 0) + (prefs.largerText ? 1 : 0);
    return {
      // What people type comes back in bot messages: Markdown yes, raw HTML never.
      markdownRenderHTML: false,
      primaryFont: FONT,
      accent: accent,
      backgroundColor: contrast ? '#ffffff' : '#fbfcfe',
      subtle: contrast ? '#000000' : '#505a64',
      timestampColor: contrast ? '#000000' : '#505a64',
      notificationText: contrast ? '#000000' : '#505a64',
      paddingRegular: easy ? 14 : 10,
      paddingWide: easy ? 24 : 18,
      transitionDuration: reducedMotion() ? '0s' : '.2s',

      bubbleBackground: '#ffffff',
      bubbleBorderColor: border,
      bubbleBorderWidth: contrast ? 2 : 1,
      bubbleBorderRadius: 16,
      bubbleTextColor: contrast ? '#000000' : '#1b2631',
      bubbleFromUserBackground: contrast ? '#000000' : '#1f5f8b',
      bubbleFromUserBorderColor: contrast ? '#000000' : '#1f5f8b',
      bubbleFromUserBorderWidth: contrast ? 2 : 1,
      bubbleFromUserBorderRadius: 16,
      bubbleFromUserTextColor: '#ffffff',
      bubbleMinHeight: 44,
      bubbleMinWidth: 80,
      bubbleMaxWidth: easy ? 720 : 640,
      messageActivityWordBreak: 'break-word',

      suggestedActionLayout: 'flow',
      suggestedActionHeight: 48 + sizeStep * 8,
      suggestedActionBorderRadius: 24 + sizeStep * 4,
      suggestedActionBorderWidth: 2,
      suggestedActionBorderColor: accent,
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionTextColor: accent,
      suggestedActionBackgroundColorOnHover: contrast ? '#ffff00' : '#e6f0f7',
      suggestedActionBackgroundColorOnActive: contrast ? '#ffff00' : '#cfe2ef',

      hideUploadButton: true,
      sendBoxTextWrap: true,
      sendBoxHeight: 56 + sizeStep * 8,
      sendBoxMaxHeight: 200,
      sendBoxBackground: '#ffffff',
      sendBoxTextColor: '#000000',
      sendBoxPlaceholderColor: contrast ? '#000000' : '#505a64',
      sendBoxButtonColor: accent,
      sendBoxBorderTop: (contrast ? '3px solid ' : '2px solid ') + border,

      autoScrollSnapOnPage: true,
    };
  }

  // ---------------------------------------------------------------- the conversation

  var directLine = null;
  var store = null;
  var session = null;

  function notice(text, actionLabel, action) {
    var element = document.getElementById('notice');
    element.textContent = '';
    if (!text) {
      element.hidden = true;
      return;
    }
    element.appendChild(document.createTextNode(text + ' '));
    if (actionLabel) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'notice__action';
      button.textContent = actionLabel;
      button.addEventListener('click', action);
      element.appendChild(button);
    }
    element.hidden = false;
  }

  function newUserId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return (
      'web_' +
      Array.prototype.map
        .call(bytes, function (byte) {
          return ('0' + byte.toString(16)).slice(-2);
        })
        .join('')
    );
  }

  function post(path, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return window.fetch(DIRECT_LINE + path, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(body || {}),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  }

  function wait(ms) {
    return new Promise(function (resolve) {
      window.setTimeout(resolve, ms);
    });
  }

  /** Renews a kept token. `refused` means the old conversation cannot be reopened from here. */
  async function refreshToken(saved) {
    for (var attempt = 0; attempt < 3; attempt += 1) {
      try {
        var response = await post('/tokens/refresh', {}, saved.token);
        if (response.ok) {
          var body = await response.json();
          if (body.conversationId !== saved.conversationId) return { refused: true };
          return { token: body.token };
        }
        if (response.status === 401 || response.status === 403 || response.status === 400 || response.status === 404) {
          return { refused: true };
        }
      } catch (error) {
        // Offline or the server is restarting: try again.
      }
      await wait(800 * (attempt + 1));
    }
    return { unreachable: true };
  }

  async function generateToken(userId) {
    var response = await post('/tokens/generate', { user: { id: userId } });
    if (!response.ok) throw new Error('token ' + response.status);
    return response.json();
  }

  /** Finds the kept conversation or starts a new one. */
  async function openSession() {
    var saved = readJson(CHAT_KEY);
    if (saved && typeof saved.token === 'string' && typeof saved.conversationId === 'string' && typeof saved.userId === 'string') {
      var refreshed = await refreshToken(saved);
      if (refreshed.token) {
        return { conversationId: saved.conversationId, token: refreshed.token, userId: saved.userId, resumed: true };
      }
      if (refreshed.unreachable) {
        // Let Web Chat keep trying with what we have; it shows its own connection status.
        return { conversationId: saved.conversationId, token: saved.token, userId: saved.userId, resumed: true };
      }
      writeJson(CHAT_KEY, null);
      notice('Your last chat had timed out, so this is a new chat. If you have a code, type: I have a code.');
    }
    var userId = newUserId();
    var generated = await generateToken(userId);
    return { conversationId: generated.conversationId, token: generated.token, userId: userId, resumed: false };
  }

  function saveSession() {
    if (!session) return;
    var token = (directLine && directLine.token) || session.token;
    session.token = token;
    writeJson(CHAT_KEY, { conversationId: session.conversationId, token: token, userId: session.userId });
  }

  function onIncomingActivity(activity) {
    if (!activity) return;
    var fromBot = activity.from && activity.from.role === 'bot';
    if (!fromBot) {
      if (activity.type === 'message') latestTurn = [];
      return;
    }
    var outcomes = activity.channelData && activity.channelData.outcomes;
    if (outcomes) {
      // The open question's step id, for styling and for tests: `welcome.consent`, `hopes.dream`...
      if (typeof outcomes.step === 'string') root.setAttribute('data-step', outcomes.step);
      setMode(outcomes.mode);
      showProgress(outcomes.progress);
    }
    if (isBotMessage(activity)) {
      latestTurn.push(activity);
      if (prefs.autoRead && readNewMessages) speakText(speechFor(activity), false);
    }
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            onIncomingActivity(action.payload && action.payload.activity);
          } else if (action && action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            // The person answered: stop reading the old question; read what comes next.
            if (pendingUtterances > 0) stopReading();
            readNewMessages = true;
            latestTurn = [];
          }
          return next(action);
        };
      };
    });
  }

  function renderChat() {
    if (!directLine || !store) return;
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: session.userId,
        locale: 'en-GB',
        styleOptions: styleOptions(),
        overrideLocalizedStrings: STRINGS,
        activityStatusMiddleware: activityStatusMiddleware,
        activityMiddleware: activityMiddleware,
        sendTypingIndicator: false,
      },
      chatElement,
    );
  }

  async function start() {
    if (!window.WebChat) {
      notice('The chat could not load. Please reload the page.', 'Reload', function () {
        location.reload();
      });
      return;
    }
    try {
      session = await openSession();
    } catch (error) {
      document.getElementById('chat-loading').textContent = 'The chat could not start.';
      notice('Sorry, the chat cannot start right now. Please try again in a minute.', 'Try again', function () {
        notice('');
        document.getElementById('chat-loading').textContent = 'Getting the chat ready…';
        start();
      });
      return;
    }
    readNewMessages = !session.resumed;
    saveSession();
    var options = { token: session.token, domain: DIRECT_LINE, webSocket: true };
    if (session.resumed) {
      // Reconnect to the kept conversation and fetch it from the start, so its history shows.
      options.conversationId = session.conversationId;
      options.watermark = '0';
    }
    directLine = window.WebChat.createDirectLine(options);
    store = createStore();
    if (directLine.connectionStatus$ && directLine.connectionStatus$.subscribe) {
      directLine.connectionStatus$.subscribe(function (status) {
        // 2 = online, 4 = token expired, 5 = failed to connect (botframework-directlinejs).
        if (status === 2) {
          saveSession();
        } else if (status === 4) {
          notice('This chat has timed out.', 'Start a new chat', startNewChat);
        }
      });
    }
    window.setInterval(saveSession, 60 * 1000);
    window.addEventListener('pagehide', saveSession);
    chatElement.textContent = '';
    renderChat();
  }

  function startNewChat() {
    var sure = window.confirm('Start a new chat?\n\nThis chat will go away from this screen.');
    if (!sure) return;
    stopReading();
    writeJson(CHAT_KEY, null);
    writeJson(MODE_KEY, null);
    session = null;
    try {
      if (directLine) directLine.end();
    } catch (error) {
      // Already closed.
    }
    location.reload();
  }

  function setupSkipLink() {
    var link = document.querySelector('.skip-link');
    link.addEventListener('click', function (event) {
      var input = chatElement.querySelector('textarea, input[type="text"]');
      if (input) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  applyPrefs();
  applyMode();
  setupSettings();
  setupReadAloud();
  setupSkipLink();
  document.getElementById('new-chat').addEventListener('click', startNewChat);
  start();
})();
