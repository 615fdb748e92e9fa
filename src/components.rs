//! The components, one per file.

pub mod article_view;
pub mod claim_list;
pub mod details;
pub mod documents;
pub mod editor;
pub mod export_menu;
pub mod figure_table;
pub mod help_overlay;
pub mod input_panel;
pub mod item_button;
pub mod legend;
pub mod notice_bar;
pub mod paragraph;
pub mod quote_list;
pub mod review_bar;
pub mod side_panel;
pub mod speaker_chart;
pub mod toolbar;
pub mod tooltip;
