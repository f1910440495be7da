// The webapps draw their pages and forms late and again at each change of view: what equips a page's
// nodes runs after its nodes change, at most once per frame. Imported by webapp-search.js and Tasklist's
// impexflow/attachments.js.

/** Runs `action` after each change of the page's nodes, at most once per frame. */
export function afterPageChanges(action) {
  let scheduled = false;
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        action();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
