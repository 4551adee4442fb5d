fn main() {
    std::process::exit(jobfit::run(std::env::args_os()));
}
