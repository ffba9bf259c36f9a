// "Copy" buttons beside the read-only text boxes of API calls. Without this script the text can still be selected.
(function () {
    'use strict';

    function copy(textarea, status) {
        var done = function () {
            status.textContent = 'Copied';
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(textarea.value).then(done, function () {
                status.textContent = 'Select the text and copy it';
            });
        } else {
            textarea.select();
            status.textContent = document.execCommand('copy') ? 'Copied' : 'Select the text and copy it';
        }
    }

    document.querySelectorAll('textarea.copy').forEach(function (textarea) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Copy';
        button.setAttribute('aria-describedby', textarea.id);
        var status = document.createElement('span');
        status.setAttribute('role', 'status');
        status.className = 'muted';
        var row = document.createElement('div');
        row.className = 'copy-row';
        row.appendChild(button);
        row.appendChild(status);
        textarea.insertAdjacentElement('afterend', row);
        button.addEventListener('click', function () {
            copy(textarea, status);
        });
    });
})();
