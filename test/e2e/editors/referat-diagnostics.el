;;; referat-diagnostics.el --- Emacs + eglot as a Referat client, in batch mode  -*- lexical-binding: t -*-
;; Opens $REFERAT_FILE, starts `$REFERAT_SERVER --stdio' (the bin through its #! line, as npx
;; runs it) with eglot, waits for Flymake's diagnostics, writes them as JSON to $REFERAT_OUT and
;; exits 0; exits 2 when none arrive in time.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(require 'project)

(define-derived-mode referat-mode text-mode "Referat" "Kommunale referater og dagsordener.")

(let* ((file (getenv "REFERAT_FILE"))
       (out (getenv "REFERAT_OUT"))
       (contact (list (getenv "REFERAT_SERVER") "--stdio" :initializationOptions '(:locale "da")))
       (deadline (+ (float-time) 20)))
  (find-file file)
  (referat-mode)
  ;; eglot manages the buffer only when the server's project is the buffer's own project.
  (eglot (list 'referat-mode) (or (project-current) (cons 'transient (file-name-directory file)))
         'eglot-lsp-server contact "referat")
  ;; Batch mode has no idle timers: start Flymake ourselves until the report is there.
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (flymake-start)
    (accept-process-output nil 0.05))
  (unless (flymake-diagnostics)
    (message "no diagnostics within 20 s (flymake-mode %s, backends %S, eglot diagnostics %d)"
             flymake-mode flymake-diagnostic-functions (length (bound-and-true-p eglot--diagnostics)))
    (kill-emacs 2))
  (let ((diags
         (mapcar
          (lambda (d)
            (let* ((beg (flymake-diagnostic-beg d))
                   (end (flymake-diagnostic-end d))
                   (lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
              (save-excursion
                (list (cons 'line (line-number-at-pos beg))
                      (cons 'column (progn (goto-char beg) (1+ (current-column))))
                      (cons 'endLine (line-number-at-pos end))
                      (cons 'endColumn (progn (goto-char end) (1+ (current-column))))
                      (cons 'type (symbol-name (flymake-diagnostic-type d)))
                      (cons 'severity (plist-get lsp :severity))
                      (cons 'code (plist-get lsp :code))
                      (cons 'text (flymake-diagnostic-text d))))))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
    (with-temp-file out
      (insert (json-encode (list (cons 'client (format "emacs %s eglot %s" emacs-version
                                                        (package-desc-version (cadr (assq 'eglot package-alist)))))
                                 (cons 'diagnostics (vconcat diags)))))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))
