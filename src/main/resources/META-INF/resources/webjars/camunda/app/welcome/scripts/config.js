// impexflow: welcome in French first (English selectable from the header of our pages), with our name.
import { language } from '/js/webapp-language.js';

export default {
  app: {
    name: 'Accueil',
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
};
