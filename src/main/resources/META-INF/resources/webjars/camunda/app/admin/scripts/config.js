// impexflow: admin in French first (English selectable from the header of our pages), with our name.
import '/js/webapp-language.js';

export default {
  app: {
    name: 'Administration',
    vendor: 'impexflow'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
