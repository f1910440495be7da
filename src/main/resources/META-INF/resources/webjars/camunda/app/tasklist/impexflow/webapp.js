// impexflow: Tasklist in French where Camunda wrote English outside its locale files, only the buttons and
// links of what the person may do, and the forms' searchable lists found without accents (see the modules).
import '/js/webapp-texts.js';
import '/js/webapp-rights.js';
import '/js/webapp-search.js';
import '/js/webapp-dates.js';

// A refusal stayed on screen under the next one ("Processus non démarré…" twice, the first one stale): a new
// error replaces the errors shown before it; messages of another kind stay.
const angular = window.angular;
if (angular) {
  angular.module('cam.tasklist').config(['$provide', ($provide) => {
    $provide.decorator('Notifications', ['$delegate', (notifications) => {
      const addError = notifications.addError;
      notifications.addError = function (error) {
        if (error && !error.exclusive) {
          error.exclusive = ['type'];
        }
        return addError.call(this, error);
      };
      return notifications;
    }]);
  }]);
}

export default [];
