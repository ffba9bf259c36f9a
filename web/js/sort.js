// Sortable tables: a click on a column header sorts by it (again: reverse). Cells may carry their sort key in
// data-sort; columns marked data-sort-type="number" sort numerically. Without this script the server's order stays.
(function () {
    'use strict';

    function key(row, column, numeric) {
        var cell = row.cells[column];
        var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
        if (numeric) {
            var n = parseFloat(raw);
            return isNaN(n) ? Infinity : n;
        }
        return raw.toLowerCase();
    }

    function sort(table, column, header) {
        var numeric = header.getAttribute('data-sort-type') === 'number';
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(header.parentNode.cells, function (h) {
            h.removeAttribute('aria-sort');
        });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            var x = key(a, column, numeric);
            var y = key(b, column, numeric);
            var order = x < y ? -1 : (x > y ? 1 : 0);
            return ascending ? order : -order;
        });
        rows.forEach(function (row) {
            body.appendChild(row);
        });
    }

    document.querySelectorAll('table[data-sortable]').forEach(function (table) {
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'sort';
            while (header.firstChild) {
                button.appendChild(header.firstChild);
            }
            header.appendChild(button);
            button.addEventListener('click', function () {
                sort(table, column, header);
            });
        });
    });
})();
