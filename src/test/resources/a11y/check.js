// A small accessibility checker run in the browser by AccessibilityBrowserTest: returns a list of violations, each
// naming the element. It checks what an automated checker can decide for certain; it is no substitute for axe-core.
return (function () {
    'use strict';
    var problems = [];
    var doc = document;

    function describe(el) {
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '');
    }

    function visible(el) {
        return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    }

    function accessibleText(el) {
        var text = (el.getAttribute('aria-label') || el.textContent || '').trim();
        if (!text && el.getAttribute('aria-labelledby')) {
            text = el.getAttribute('aria-labelledby').split(/\s+/).map(function (id) {
                var target = doc.getElementById(id);
                return target ? target.textContent.trim() : '';
            }).join(' ').trim();
        }
        if (!text) {
            var img = el.querySelector('img[alt]');
            text = img ? img.getAttribute('alt').trim() : '';
        }
        return text;
    }

    if (!(doc.documentElement.getAttribute('lang') || '').trim()) {
        problems.push('html has no lang');
    }
    if (!doc.title.trim()) {
        problems.push('document has no title');
    }
    if (doc.querySelectorAll('h1').length !== 1) {
        problems.push('expected exactly one h1, found ' + doc.querySelectorAll('h1').length);
    }
    if (doc.querySelectorAll('main, [role=main]').length !== 1) {
        problems.push('expected exactly one main landmark');
    }

    var seen = {};
    doc.querySelectorAll('[id]').forEach(function (el) {
        if (seen[el.id]) {
            problems.push('duplicate id ' + el.id);
        }
        seen[el.id] = true;
    });

    doc.querySelectorAll('input, select, textarea').forEach(function (el) {
        var type = (el.getAttribute('type') || '').toLowerCase();
        if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'reset') {
            return;
        }
        var labelled = (el.id && doc.querySelector('label[for="' + CSS.escape(el.id) + '"]'))
            || el.closest('label') || (el.getAttribute('aria-label') || '').trim() || el.getAttribute('aria-labelledby');
        if (!labelled) {
            problems.push('no label for ' + describe(el));
        }
    });

    doc.querySelectorAll('label[for]').forEach(function (label) {
        if (!doc.getElementById(label.getAttribute('for'))) {
            problems.push('label for missing id ' + label.getAttribute('for'));
        }
    });

    doc.querySelectorAll('[aria-describedby], [aria-labelledby]').forEach(function (el) {
        ['aria-describedby', 'aria-labelledby'].forEach(function (attribute) {
            (el.getAttribute(attribute) || '').split(/\s+/).filter(Boolean).forEach(function (id) {
                if (!doc.getElementById(id)) {
                    problems.push(describe(el) + ' ' + attribute + ' names missing id ' + id);
                }
            });
        });
    });

    doc.querySelectorAll('[aria-invalid=true]').forEach(function (el) {
        var ids = (el.getAttribute('aria-describedby') || '').split(/\s+/);
        var linked = ids.some(function (id) {
            var target = id && doc.getElementById(id);
            return target && target.textContent.trim();
        });
        if (!linked) {
            problems.push(describe(el) + ' is invalid but no error message describes it');
        }
    });

    doc.querySelectorAll('img').forEach(function (img) {
        if (!img.hasAttribute('alt')) {
            problems.push('img without alt: ' + (img.getAttribute('src') || ''));
        }
    });
    doc.querySelectorAll('canvas').forEach(function (canvas) {
        if (canvas.getAttribute('role') !== 'img' || !(canvas.getAttribute('aria-label') || '').trim()) {
            problems.push(describe(canvas) + ' needs role=img and an aria-label');
        }
    });
    doc.querySelectorAll('meter, progress').forEach(function (el) {
        if (!accessibleText(el)) {
            problems.push(describe(el) + ' has no accessible name');
        }
    });

    doc.querySelectorAll('fieldset').forEach(function (fieldset) {
        var first = fieldset.firstElementChild;
        if (!first || first.tagName !== 'LEGEND' || !first.textContent.trim()) {
            problems.push(describe(fieldset) + ' has no legend');
        }
    });

    doc.querySelectorAll('a[href], button, summary').forEach(function (el) {
        if (visible(el) && !accessibleText(el)) {
            problems.push(describe(el) + ' has no accessible text');
        }
    });

    var previous = 1;
    doc.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {
        var level = parseInt(h.tagName.substring(1), 10);
        if (level > previous + 1) {
            problems.push('heading level skips from h' + previous + ' to h' + level + ': ' + h.textContent.trim());
        }
        previous = level;
    });

    doc.querySelectorAll('table').forEach(function (table) {
        if (!table.querySelector('th')) {
            problems.push(describe(table) + ' has no header cells');
        }
    });

    return problems;
})();
