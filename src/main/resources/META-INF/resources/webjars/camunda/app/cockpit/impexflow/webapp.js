// impexflow: Cockpit in French where Camunda wrote English outside its locale files, and only the buttons and
// links of what the person may do (see both modules).
import '/js/webapp-texts.js';
import '/js/webapp-rights.js';

export default [];
