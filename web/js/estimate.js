// Estimate form: show only the inputs that apply to each row's cluster type. Without this script every input shows,
// each with a hint saying which types use it; the server ignores inputs that do not apply.
(function () {
    'use strict';

    function update(row) {
        var type = row.querySelector('select[name$=".type"]');
        if (!type) {
            return;
        }
        row.querySelectorAll('.field[data-applies]').forEach(function (field) {
            var input = field.querySelector('input, select');
            var applies = field.getAttribute('data-applies').split(' ');
            var invalid = input && input.getAttribute('aria-invalid') === 'true';
            field.hidden = type.value !== '' && applies.indexOf(type.value) < 0 && !invalid;
        });
    }

    document.querySelectorAll('.cluster-row').forEach(function (row) {
        update(row);
        row.addEventListener('change', function (event) {
            if (event.target.name && /\.type$/.test(event.target.name)) {
                update(row);
            }
        });
    });
})();
