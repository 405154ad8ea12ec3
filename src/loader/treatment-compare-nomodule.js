// For browsers without ES modules (all from before 2018: Internet Explorer, Safari 10, Firefox 59,
// Chrome 60), which never run the loader: each <treatment-compare> element says, in the
// visitor's language, that this browser cannot show the comparison, instead of staying an empty
// box. Loaded by `<script nomodule src=".../treatment-compare-nomodule.js">` beside the loader's
// tag; browsers with modules neither fetch nor run it. ES5 only. The texts are each built-in
// language's `embed.unsupported` (src/text/<lang>.json), written in by scripts/package-widget.sh.
(function () {
  var TEXTS = {};

  /** The element's language as the widget would choose it: its locale, the page's, the browser's. */
  function language(element) {
    var tags = [element.getAttribute('locale'), document.documentElement.getAttribute('lang')].concat(navigator.languages || [navigator.language || navigator.userLanguage]);
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i] || '').split(/[-_]/)[0].toLowerCase();
      if (TEXTS.hasOwnProperty(primary)) return primary;
    }
    return 'en';
  }

  function show() {
    var elements = document.getElementsByTagName('treatment-compare');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      if (element.getAttribute('data-tc-unsupported') !== null) continue;
      var lang = language(element);
      var message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.setAttribute('lang', lang);
      message.appendChild(document.createTextNode(TEXTS[lang]));
      element.appendChild(message);
      element.setAttribute('data-tc-unsupported', '');
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
