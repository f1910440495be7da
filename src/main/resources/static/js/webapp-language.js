// The webapps follow the language chosen in impexflow (French unless the person chose English):
// Camunda's webapps take the browser's first language, so it is set before they start. Imported by each
// webapp's config.js, which also loads this language alone (see there).

import { keepPlace, takePlace } from '/js/webapp-place.js';

// the cookie our pages set (FR | EN, ?lang=) decides; local storage for a browser that has no cookie yet
const cookie = document.cookie.split('; ').find(c => c.indexOf('impexflow.language=') === 0);
const chosen = (cookie && cookie.split('=')[1]) || window.localStorage.getItem('impexflow.language') || 'fr';

/** "fr" or "en": the language of the webapps. */
export const language = chosen.toLowerCase().startsWith('en') ? 'en' : 'fr';

// The forms' date fields (form-js) take the order of a typed date from the browser's own locale
// (Intl.DateTimeFormat("default")): a French person on an English browser got "mm/dd/yyyy", and "15/01/2027"
// typed became 3 March 2028. Dates are typed day first, in the chosen language's order.
const NativeDateTimeFormat = Intl.DateTimeFormat;
const dayFirst = language === 'en' ? 'en-GB' : 'fr-FR';
function DateTimeFormat(locales, options) {
  return new NativeDateTimeFormat(locales === 'default' ? dayFirst : locales, options);
}
DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = DateTimeFormat;

// After a login that a link into the webapp led to, the place the link named (webapp-place.js), unless the
// webapp was asked for a place of its own.
const place = takePlace();
const landing = !location.hash || location.hash === '#/' || location.hash.indexOf('#/?filter=') === 0;
if (place && landing) {
  window.history.replaceState(window.history.state, '', location.pathname + location.search + place);
}

// The webapp's own login form (its route #/login) logs nobody in: people log in on our login page, with their
// second factor. The webapp goes there when the person logs out (its menu) and when the session ended while the
// person worked (a call answered 401): our login page, saying which, and the place the person was at is kept for
// after the login (taken back above).
let loggingOut = false;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (/\/auth\/user\/[^/]+\/logout$/.test(String(url))) {
    loggingOut = true;
  }
  return open.call(this, method, url, ...rest);
};
function toOurLogin(previousHash) {
  if (!loggingOut && previousHash && previousHash.indexOf('#/login') !== 0) {
    keepPlace(previousHash);
  }
  window.location.replace('/login?' + (loggingOut ? 'logout' : 'expired'));
}
window.addEventListener('hashchange', event => {
  if (location.hash.indexOf('#/login') === 0) {
    toOurLogin(new URL(event.oldURL).hash);
  }
});
if (location.hash.indexOf('#/login') === 0) {
  toOurLogin(null);
}

try {
  Object.defineProperty(window.navigator, 'languages', { get: () => [language] });
  Object.defineProperty(window.navigator, 'language', { get: () => language });
} catch (e) {
  // an older browser keeps its own language
}

// Camunda's webapps load their texts while they start, and the parts that translate their texts once (Tasklist's
// search box and order, "SEARCH_PLACEHOLDER" and "DUE_DATE") showed the raw keys when the texts arrived late
// (one opening of a task's link in two, on a busy server). The webapp reads its texts from the browser's storage
// first when it finds them there: they are put there before it starts, from the server (the configuration that
// imports this module is awaited by the webapp), so the texts are there from its first screen.
const base = document.querySelector('base');
const app = base && base.getAttribute('app-name');
const root = base && base.getAttribute('app-root');
if (app && root !== null) {
  const bust = window.bust || '7.24.0';
  try {
    const response = await fetch(root + '/app/' + app + '/locales/' + language + '.json?bust=' + bust,
      // a server slow to answer must not hold the webapp's start: it then loads its texts itself
      { credentials: 'same-origin', signal: AbortSignal.timeout(10000) });
    if (response.ok) {
      const texts = await response.text();
      JSON.parse(texts);
      const stored = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
      stored[root + '/app/' + app + '/locales/_locales_data_' + language + '_' + bust] = texts;
      window.localStorage.setItem('camunda-web', JSON.stringify(stored));
    }
  } catch (e) {
    // the webapp loads its texts itself, as it would without this
  }
}

/**
 * The configuration of a webapp (the default export of its config.js): our name for it (one for both languages,
 * or {fr, en}), French first with the chosen language alone, our date formats, and what that webapp adds
 * (custom scripts, shortcuts).
 */
export function webappConfig(name, own) {
  return Object.assign({
    app: {
      name: typeof name === 'string' ? name : name[language],
      vendor: 'impexflow'
    },
    locales: {
      availableLocales: ['fr', 'en'],
      // the chosen language alone: with another one as fallback, the locale file that arrives last set the
      // language of the dates (moment.js), and French pages showed "2 minutes ago" or "5 December"
      fallbackLocale: language
    },
    dateFormat: {
      normal: 'LLL',
      long: 'LLLL'
    }
  }, own);
}
