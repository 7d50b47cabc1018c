//! Reading a folder of pages, for the measuring examples (`stage_times`, `memory`): a
//! benchmark dataset (`DIR/html/*.html.gz`) or a plain folder (`DIR/*.html`).

use std::io::Read;
use std::path::Path;

/// `(file name, bytes)` of every page of `dir`, sorted by name: `html/*.html.gz` when that
/// folder exists, else `*.html`.
pub fn read_pages(dir: &Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let gz_dir = dir.join("html");
    let (folder, gz) = if gz_dir.is_dir() {
        (gz_dir, true)
    } else {
        (dir.to_path_buf(), false)
    };
    let mut paths: Vec<_> = std::fs::read_dir(&folder)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.sort();
    let mut pages = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut bytes = Vec::new();
        if gz && name.ends_with(".html.gz") {
            flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        } else if !gz && name.ends_with(".html") {
            bytes = std::fs::read(&path)?;
        } else {
            continue;
        }
        pages.push((name, bytes));
    }
    Ok(pages)
}

/// The pages of the folder named by the first argument, or exits with a message naming
/// `program`.
pub fn pages_from_args(program: &str) -> (String, Vec<(String, Vec<u8>)>) {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: {program} DIR (a dataset with html/*.html.gz, or a folder of *.html)");
        std::process::exit(2);
    };
    match read_pages(Path::new(&dir)) {
        Ok(pages) if !pages.is_empty() => (dir, pages),
        Ok(_) => {
            eprintln!("no pages in {dir}");
            std::process::exit(2);
        }
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(2);
        }
    }
}
