// The browser entry point; everything else lives in the library so it can be tested.
fn main() {
    leptos::mount::mount_to_body(here_and_now::App);
}
