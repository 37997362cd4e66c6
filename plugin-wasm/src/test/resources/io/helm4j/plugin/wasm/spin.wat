;; Loops forever.
(module
  (func (export "helm_plugin_main") (result i32)
    (loop $forever (br $forever))
    (i32.const 0)))
