// impexflow: Cockpit in French where Camunda wrote English outside its locale files, and only the buttons and
// links of what the person may do (see both modules).
import '/js/webapp-texts.js';
import '/js/webapp-rights.js';

// Cockpit writes its dates as "2026-12-07T14:15:02" (its own default, which its configuration's dateFormat does
// not change, unlike Tasklist's): the same long date as Tasklist and our pages, in the chosen language.
const angular = window.angular;
if (angular) {
  angular.module('cam.cockpit').config(['camDateFormatProvider', (formats) => {
    formats.setDateFormat('LLL', 'normal');
  }]);
}

export default [];
