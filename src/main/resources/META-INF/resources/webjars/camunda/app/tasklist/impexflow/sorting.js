// impexflow: the order Tasklist's header shows is the order of the list. Our filters list their tasks by due
// date, soonest first (the queue's index is in that order); Tasklist, asked for no order, said "Date de
// création, décroissante" above that list, and added it after the filter's own. When a filter is opened
// without an order of the person's choice (none in the address, or Tasklist's own default that it may write
// there first), the due date's is put in the address, which the header then shows; once done for a filter, a
// person's choice in the header is kept as it is, whatever it is.

const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);
const TASKLISTS_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
const ordered = new Set();

function parameter(hash, name) {
  const match = new RegExp('[?&]' + name + '=([^&]*)').exec(hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function withDefaultOrder() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const filter = parameter(hash, 'filter') || '';
  if (ordered.has(filter)) {
    return;
  }
  const sorting = parameter(hash, 'sorting');
  let next;
  if (sorting === null) {
    next = hash + (hash.includes('?') ? '&' : '?') + 'sorting=' + encodeURIComponent(DUE_DATE_FIRST);
  } else if (sorting.replace(/\s/g, '') === TASKLISTS_DEFAULT) {
    next = hash.replace(/([?&]sorting=)[^&]*/, '$1' + encodeURIComponent(DUE_DATE_FIRST));
  }
  if (filter) {
    ordered.add(filter);
  }
  if (next) {
    window.location.replace(window.location.pathname + window.location.search + next);
  }
}

withDefaultOrder();
window.addEventListener('hashchange', withDefaultOrder);

export default [];
