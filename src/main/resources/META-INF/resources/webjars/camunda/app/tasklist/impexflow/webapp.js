// impexflow: Tasklist in French where Camunda wrote English outside its locale files, only the buttons and
// links of what the person may do, and the forms' searchable lists found without accents (see the modules).
import '/js/webapp-texts.js';
import '/js/webapp-rights.js';
import '/js/webapp-search.js';
import '/js/webapp-dates.js';

export default [];
