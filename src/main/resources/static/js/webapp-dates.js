// A date typed in a form's date field (form-js's date picker) is taken only when it is a real day: the
// picker itself carries an impossible one over (31/02/2027 became 3 March, a month 15 a year later) and says
// nothing. A typed text that is not a day of the calendar, in the order the field shows (jj/mm/aaaa), stays
// as typed, is not taken, and the field says why until it is corrected. Imported by Tasklist's impexflow/webapp.js.
import { language } from '/js/webapp-language.js';

const FIELD = '.fjs-datepicker input';
const MESSAGE = language === 'en'
  ? 'This is not a date: type the day as dd/mm/yyyy, e.g. 15/01/2027.'
  : 'Cette date n\'existe pas : saisissez le jour sous la forme jj/mm/aaaa, par exemple 15/01/2027.';

/** Whether a typed text is empty or a day of the calendar, day first. */
function isDay(text) {
  const typed = text.trim();
  if (!typed) {
    return true;
  }
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
  if (!parts) {
    return false;
  }
  const [day, month, year] = parts.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

function errorOf(input) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  return field.querySelector('.impexflow-date-error');
}

function refuse(input) {
  input.setAttribute('aria-invalid', 'true');
  input.classList.add('impexflow-date-invalid');
  let error = errorOf(input);
  if (!error) {
    error = document.createElement('div');
    error.className = 'fjs-form-field-error impexflow-date-error';
    error.id = input.id + '-impexflow-error';
    error.setAttribute('role', 'alert');
    error.textContent = MESSAGE;
    (input.closest('.fjs-form-field') || input.parentElement).appendChild(error);
    input.setAttribute('aria-describedby', error.id);
  }
}

function accept(input) {
  const error = errorOf(input);
  if (error) {
    error.remove();
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    input.classList.remove('impexflow-date-invalid');
  }
}

/**
 * The picker reads a typed text through its setDate (the field left, Enter): a text that is not a day is
 * not passed on, the field says why; a day is, and the field's message goes.
 */
function guard(input) {
  const picker = input._flatpickr;
  if (!picker || picker.impexflowGuarded) {
    return;
  }
  const setDate = picker.setDate;
  picker.setDate = function (date, ...rest) {
    if (typeof date === 'string' && date === input.value) {
      if (!isDay(date)) {
        refuse(input);
        return undefined;
      }
      accept(input);
    }
    return setDate.call(this, date, ...rest);
  };
  picker.impexflowGuarded = true;
}

document.addEventListener('focus', event => {
  if (event.target instanceof HTMLInputElement && event.target.matches(FIELD)) {
    guard(event.target);
  }
}, true);
document.addEventListener('input', event => {
  if (event.target instanceof HTMLInputElement && event.target.matches(FIELD)) {
    guard(event.target);
  }
}, true);

// Esc in a field of a form (a date and its calendar, a list and its search, a text) closes what the field opened,
// not Tasklist's start dialog around the form: the dialog closed on Esc and dropped everything typed in it. Its
// handler leaves a key whose default is already prevented; Esc elsewhere in the dialog still closes it.
document.addEventListener('keydown', event => {
  if (event.key === 'Escape' && event.target instanceof Element
      && (event.target.closest('.fjs-form') || event.target.closest('.flatpickr-calendar'))
      && !event.target.closest('button')) {
    event.preventDefault();
  }
}, true);

// A click beside Tasklist's start dialog (on the shade around it) closed it and dropped everything typed in the
// form, without a word. A dialog that holds a form closes only by its own buttons (or Esc outside a field).
document.addEventListener('click', event => {
  const target = event.target;
  if (target instanceof Element && target.classList.contains('modal') && target.querySelector('.fjs-form')) {
    event.stopPropagation();
  }
}, true);
