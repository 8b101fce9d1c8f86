//! 4. A protected backup: downloaded, everything deleted, imported; importing it again adds
//!    nothing.

use crate::support::{Engine, Journal};

const BACKUP_PASSPHRASE: &str = "backup words here";

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;
    journal.quick_reflection("The first wren sentence").await;
    journal.quick_reflection("The second wren sentence").await;

    let backups = journal.backups();
    let file = backups.download(Some(BACKUP_PASSPHRASE)).await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("here-and-now-encrypted-backup"), "{text}");
    assert!(!text.contains("wren"), "the protected file shows the words");
    assert!(
        file.to_str().unwrap().ends_with("-protected.json"),
        "{file:?}"
    );

    backups.delete_everything().await;
    assert!(journal.history().rows().await.is_empty());

    let said = backups.choose(&file).await;
    assert!(said.contains("protected with a passphrase"), "{said}");
    let said = backups.open_protected("backup words her").await;
    assert!(
        said.contains("That passphrase doesn't open this backup"),
        "{said}"
    );
    let said = backups.open_protected(BACKUP_PASSPHRASE).await;
    assert!(said.contains("2 new"), "{said}");
    backups.import().await;
    let rows = journal.history().rows().await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("first wren")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("second wren")), "{rows:?}");

    backups.choose(&file).await;
    let said = backups.open_protected(BACKUP_PASSPHRASE).await;
    assert!(said.contains("Nothing to add"), "{said}");
    assert_eq!(journal.history().rows().await.len(), 2);
    let _ = std::fs::remove_file(&file);
    journal.finish().await;
}
