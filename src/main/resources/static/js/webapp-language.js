// The webapps follow the language chosen in impexflow (French unless the person chose English):
// Camunda's webapps take the browser's first language, so it is set before they start. Imported by each
// webapp's config.js, which also loads this language alone (see there).

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

try {
  Object.defineProperty(window.navigator, 'languages', { get: () => [language] });
  Object.defineProperty(window.navigator, 'language', { get: () => language });
} catch (e) {
  // an older browser keeps its own language
}

/**
 * The configuration of a webapp (the default export of its config.js): our name for it, French first with
 * the chosen language alone, our date formats, and what that webapp adds (custom scripts, shortcuts).
 */
export function webappConfig(name, own) {
  return Object.assign({
    app: {
      name: name,
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
