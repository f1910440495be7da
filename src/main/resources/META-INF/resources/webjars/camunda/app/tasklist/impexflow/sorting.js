// impexflow: the order Tasklist's header shows is the order of the list. Our filters list their tasks by due
// date, soonest first (the queue's index is in that order); Tasklist, asked for no order, said "Date de
// création, décroissante" above that list, and added it after the filter's own. Without an order of the
// person's choice in the address, the due date's is put there, which the header then shows; a person's
// choice in the header is kept as it is.

const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function withDefaultOrder() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || /[?&]sorting=/.test(hash)) {
    return;
  }
  const next = hash + (hash.includes('?') ? '&' : '?') + 'sorting=' + encodeURIComponent(DUE_DATE_FIRST);
  window.location.replace(window.location.pathname + window.location.search + next);
}

withDefaultOrder();
window.addEventListener('hashchange', withDefaultOrder);

export default [];
