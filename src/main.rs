fn main() {
    frontdesk::mount();
}
