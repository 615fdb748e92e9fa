//! The only module that touches `Blob` and object URLs: offers bytes to the
//! user as a downloaded file.

use wasm_bindgen::JsCast;

/// Offers `contents` as a file named `name` of type `mime`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::new();
    parts.push(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not make the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not make the file")?;
    let anchor = document
        .create_element("a")
        .map_err(|_| "could not offer the file")?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "could not offer the file")?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
