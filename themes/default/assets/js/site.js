/* Collapses the chapter list on narrow screens, where it would push the page below the fold.
   Without JavaScript the list simply stays open. */
(function () {
  var details = document.querySelector('.sidebar__details');
  if (details && window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
    details.removeAttribute('open');
  }
})();
